#include "probe/probestep.h"

namespace PullScope {

QString ProbeStep::statusId(Status s)
{
    switch (s) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skip:
        return QStringLiteral("skip");
    case Status::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return QStringLiteral("skip");
}

} // namespace PullScope
