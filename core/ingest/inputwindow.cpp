#include "inputwindow.h"

#include <algorithm>
#include <cstring>

namespace PullScope {

InputWindow::InputWindow(QIODevice &in, qint64 total, const QString &file, const LoadOptions &options, size_t padding)
    : m_file(file)
    , m_in(in)
    , m_total(total)
    , m_options(options)
    , m_padding(padding)
{
    m_buf.resize(padding);
}

bool InputWindow::fill()
{
    if (m_eof)
        return false;
    if (m_keep > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_keep, m_len - m_keep);
        m_len -= m_keep;
        m_pos -= m_keep;
        m_base += qint64(m_keep);
        m_keep = 0;
    }
    // 1 MB at a time, but no more than what is left (plus one byte to see the end):
    // the buffer is zero-filled when it grows, and most inputs of a dump folder, like
    // fuzz cases, are small. Chunks of 4 MB read no faster, and the kept bytes of an
    // item made the buffer double to 8 MB, all of it resident.
    const qint64 left = m_total > 0 ? m_total - m_read + 1 : qint64(1 << 20);
    const size_t chunk = size_t(std::clamp<qint64>(left, 64 << 10, 1 << 20));
    if (m_buf.size() < m_len + chunk + m_padding)
        m_buf.resize(m_len + chunk + m_padding);
    const qint64 n = m_in.read(m_buf.data() + m_len, qint64(chunk));
    if (n <= 0) {
        m_eof = true;
        std::memset(m_buf.data() + m_len, 0, m_padding);
        return false;
    }
    m_len += size_t(n);
    std::memset(m_buf.data() + m_len, 0, std::min(m_padding, m_buf.size() - m_len));
    m_read += n;
    if (m_options.progress && !m_options.progress(m_read, m_total)) {
        LoadError e;
        e.file = m_file;
        e.cancelled = true;
        e.message = tr("cancelled");
        throw StopLoad {e};
    }
    return true;
}

} // namespace PullScope
