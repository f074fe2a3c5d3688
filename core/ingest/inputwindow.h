#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <vector>

#include "loadoptions.h"

namespace PullScope {

// A window over an input read in chunks of up to 1 MB, for the loaders that find item
// boundaries themselves. Bytes before m_keep may be dropped on the next fill(), which
// moves the rest to the front: only positions (m_pos, m_keep, m_len) survive a fill,
// never pointers. m_padding zero bytes follow the data (simdjson reads ahead).
class InputWindow
{
    Q_DECLARE_TR_FUNCTIONS(InputWindow)
protected:
    InputWindow(QIODevice &in, qint64 total, const QString &file, const LoadOptions &options, size_t padding);

    // Reads the next chunk behind the kept bytes; false at the end of the input. A
    // cancel through the progress callback throws StopLoad.
    bool fill();
    qint64 total() const { return m_total; } // 0 or less when unknown

    std::vector<char> m_buf;
    size_t m_len = 0; // bytes of input in m_buf
    size_t m_pos = 0; // where reading is
    size_t m_keep = 0;
    qint64 m_base = 0; // input offset of m_buf[0]
    const QString m_file;

private:
    QIODevice &m_in;
    const qint64 m_total;
    const LoadOptions &m_options;
    const size_t m_padding;
    qint64 m_read = 0;
    bool m_eof = false;
};

} // namespace PullScope
