#include "pullpolicy.h"

#include "imagereference.h"

namespace PullScope {

QString defaultPullPolicy(const QString &image)
{
    // parsers.ParseImageName turns "no tag and no digest" into "latest"; a parse
    // error leaves the tag empty, so an unparsable name lands on IfNotPresent.
    const ImageReference ref = ImageReference::parse(image);
    const bool latest
        = ref.isValid() && (ref.tag == QLatin1String("latest") || (ref.tag.isEmpty() && ref.digest.isEmpty()));
    return latest ? QStringLiteral("Always") : QStringLiteral("IfNotPresent");
}

PullPolicyDecision decidePullPolicy(const QString &image, const QString &specPolicy, bool hasSpec)
{
    if (specPolicy.isEmpty())
        return {defaultPullPolicy(image), hasSpec ? QStringLiteral("defaulted") : QStringLiteral("inferred")};

    // A value the API server would reject is kept as written so the report shows it.
    QString policy = specPolicy;
    for (const QLatin1String valid : {QLatin1String("Always"), QLatin1String("IfNotPresent"), QLatin1String("Never")}) {
        if (specPolicy.compare(valid, Qt::CaseInsensitive) == 0)
            policy = valid;
    }
    return {policy, QStringLiteral("explicit")};
}

} // namespace PullScope
