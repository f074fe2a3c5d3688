#pragma once

#include <QString>

namespace PullScope {

// imagePullPolicy as the API server defaults it (pkg/apis/core/v1/defaults.go):
// tag "latest" or no tag and no digest -> Always, anything else -> IfNotPresent;
// an unparsable name -> IfNotPresent (the kubelet later reports InvalidImageName).
struct PullPolicyDecision
{
    QString policy; // Always / IfNotPresent / Never
    QString source; // explicit / defaulted / inferred (CONTRACT.md policySource)
};

// `specPolicy` as written (may be empty); `hasSpec` whether the container spec was in
// the input at all (without it the policy is only inferred from the image name).
PullPolicyDecision decidePullPolicy(const QString &image, const QString &specPolicy, bool hasSpec);
QString defaultPullPolicy(const QString &image);

} // namespace PullScope
