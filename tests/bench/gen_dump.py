#!/usr/bin/env python3
"""Writes a kubectl-shaped List dump (pods first, then events, as
`kubectl get pods,events -A -o json|yaml` does) for the benchmark.

    gen_dump.py --pods 200000 --events 1200000 -o big.json
    gen_dump.py --pods 9000 --events 54000 --format yaml -o dump.yaml

The output is streamed item by item, never built in memory. A fixed seed makes it
reproducible. Pods belong to Deployments (name-<replicaset hash>-<5 chars>); each
container either pulled its image, found it already present, or failed to pull.
Event texts are the kubelet's own (1.30 / 1.31 formats); the Failed messages come
from tests/data/classifier/corpus.tsv when present.

Every failing container has exactly one event with reason Failed (and the kubelet's
second "Error: ErrImagePull" event is left out), and no other container has one, so
    jq '[.items[]|select(.reason=="Failed")]|length' FILE
equals the number of failing containers a diagnosis must report. The counts are also
printed to standard error as one JSON line.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "data", "classifier", "corpus.tsv")

NAMESPACES = ["default", "shop", "payments", "search", "auth", "ml-train", "ingest", "monitoring",
              "kube-system", "batch", "web", "data-platform"]
APPS = ["web", "api", "worker", "frontend", "checkout", "cart", "catalog", "gateway", "indexer", "scheduler",
        "notifier", "billing", "ledger", "session", "recommender", "thumbnailer", "exporter", "collector",
        "reporter", "crawler"]
# Images that pull fine: (image, size in bytes).
GOOD_IMAGES = [
    ("nginx:1.25.3", 70_461_512), ("docker.io/library/redis:7.2.4", 43_012_330),
    ("registry.k8s.io/pause:3.9", 321_520), ("quay.io/prometheus/node-exporter:v1.7.0", 11_207_014),
    ("ghcr.io/acme/api:2.14.1", 88_201_337), ("public.ecr.aws/docker/library/python:3.11-slim", 51_880_120),
    ("gcr.io/distroless/static-debian12:nonroot", 1_990_554), ("registry.example.com:5000/team/worker:v3.1.0", 120_450_789),
    ("busybox:1.36", 2_160_019), ("postgres:16.1", 152_303_881), ("grafana/grafana:10.2.3", 121_441_094),
    ("mcr.microsoft.com/dotnet/aspnet:8.0", 92_017_441),
]
SIDECARS = [("envoyproxy/envoy:v1.28.0", 61_330_982), ("fluent/fluent-bit:2.2.2", 31_882_001),
            ("istio/proxyv2:1.20.2", 94_112_305)]
FALLBACK_FAILURES = [
    'Failed to pull image "nginx:1.25.999": rpc error: code = NotFound desc = failed to pull and unpack image '
    '"docker.io/library/nginx:1.25.999": failed to resolve reference "docker.io/library/nginx:1.25.999": '
    'docker.io/library/nginx:1.25.999: not found',
    'Failed to pull image "registry.internal:5000/app:v1": rpc error: code = Unknown desc = failed to pull and unpack '
    'image "registry.internal:5000/app:v1": failed to resolve reference "registry.internal:5000/app:v1": failed to do '
    'request: Head "https://registry.internal:5000/v2/app/manifests/v1": dial tcp: lookup registry.internal on '
    '10.96.0.10:53: no such host',
    'Failed to pull image "ghcr.io/acme/private:1.0": rpc error: code = Unknown desc = failed to pull and unpack image '
    '"ghcr.io/acme/private:1.0": failed to resolve reference "ghcr.io/acme/private:1.0": failed to authorize: failed '
    'to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2'
    'Fprivate%3Apull&service=ghcr.io: 401 Unauthorized',
]
BASE_TIME = datetime.datetime(2026, 2, 3, 9, 24, 0, tzinfo=datetime.timezone.utc)
FAILED_RE = re.compile(r'^Failed to pull image "([^"]+)": ')


def load_failures():
    """(image, message) pairs: the pulled image is taken from the message itself so
    spec, status and events agree."""
    out = []
    if os.path.exists(CORPUS):
        with open(CORPUS, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                cause, msg = line.rstrip("\n").split("\t", 1)
                if cause == "invalid-image-name":
                    continue
                msg = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), msg)
                m = FAILED_RE.match(msg)
                if m and "\n" not in msg:
                    out.append((m.group(1), msg))
    if not out:
        out = [(FAILED_RE.match(m).group(1), m) for m in FALLBACK_FAILURES]
    return out


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid(rng):
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def duration(rng):
    ms = rng.randint(180, 95_000)
    return f"{ms // 1000}.{ms % 1000:03d}s" if ms >= 1000 else f"{ms}ms"


class Plan:
    """Everything about one pod, from a per-pod seed, so the pod pass and the event
    pass agree without keeping 200k pods in memory."""

    def __init__(self, seed, index, failures, fail_ratio):
        rng = random.Random(seed * 1_000_003 + index)
        self.rng = rng
        deploy_no = index // 37  # about 37 replicas per Deployment
        app = APPS[deploy_no % len(APPS)]
        self.namespace = NAMESPACES[deploy_no % len(NAMESPACES)]
        self.deployment = f"{app}-{deploy_no // len(APPS)}" if deploy_no >= len(APPS) else app
        rs_hash = hashlib.md5(f"{seed}/{deploy_no}".encode()).hexdigest()[:10]
        rs_hash = "".join(c if c.isalpha() else "bcdfghjkmn"[int(c)] for c in rs_hash[:9])
        self.replicaset = f"{self.deployment}-{rs_hash}"
        self.name = f"{self.replicaset}-{''.join(rng.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
        self.uid = uid(rng)
        self.node = f"node-{rng.randrange(1, 61):02d}"
        self.created = BASE_TIME - datetime.timedelta(seconds=rng.randint(600, 86_400))
        self.containers = []
        n = 2 if rng.random() < 0.2 else 1
        for c in range(n):
            name = app if c == 0 else "sidecar"
            r = rng.random()
            if r < fail_ratio:
                image, message = failures[rng.randrange(len(failures))]
                self.containers.append(dict(name=name, image=image, mode="failed", message=message,
                                            policy="IfNotPresent", attempts=rng.randint(2, 40)))
            else:
                image, size = (GOOD_IMAGES if c == 0 else SIDECARS)[rng.randrange(len(GOOD_IMAGES if c == 0 else SIDECARS))]
                mode = "present" if r < fail_ratio + 0.45 else "pulled"
                policy = "Always" if mode == "pulled" and rng.random() < 0.5 else "IfNotPresent"
                self.containers.append(dict(name=name, image=image, mode=mode, size=size, policy=policy,
                                            pulled_in=duration(rng)))

    def events(self):
        """The pod's events as (reason, type, message, fieldPath, count, first, last, source)."""
        rng = self.rng
        t = self.created + datetime.timedelta(seconds=1)
        out = [("Scheduled", "Normal", f"Successfully assigned {self.namespace}/{self.name} to {self.node}", None, 1, t,
                t, "default-scheduler")]
        for c in self.containers:
            fp = f"spec.containers{{{c['name']}}}"
            t = t + datetime.timedelta(seconds=rng.randint(1, 5))
            if c["mode"] == "present":
                out.append(("Pulled", "Normal", f'Container image "{c["image"]}" already present on machine', fp, 1, t, t,
                            "kubelet"))
            elif c["mode"] == "pulled":
                out.append(("Pulling", "Normal", f'Pulling image "{c["image"]}"', fp, 1, t, t, "kubelet"))
                t = t + datetime.timedelta(seconds=rng.randint(1, 90))
                d = c["pulled_in"]
                out.append(("Pulled", "Normal", f'Successfully pulled image "{c["image"]}" in {d} ({d} including '
                            f'waiting). Image size: {c["size"]} bytes.', fp, 1, t, t, "kubelet"))
            else:
                n = c["attempts"]
                last = min(t + datetime.timedelta(minutes=5 * n), BASE_TIME)
                out.append(("Pulling", "Normal", f'Pulling image "{c["image"]}"', fp, n, t, last, "kubelet"))
                out.append(("Failed", "Warning", c["message"], fp, n, t + datetime.timedelta(seconds=2), last, "kubelet"))
                out.append(("BackOff", "Normal", f'Back-off pulling image "{c["image"]}"', fp, n * 4,
                            t + datetime.timedelta(seconds=3), last, "kubelet"))
                continue
            t = t + datetime.timedelta(seconds=1)
            out.append(("Created", "Normal", f"Created container {c['name']}", fp, 1, t, t, "kubelet"))
            out.append(("Started", "Normal", f"Started container {c['name']}", fp, 1, t, t, "kubelet"))
        return out


def q(s):
    return json.dumps(s, ensure_ascii=False)


def pod_json(p):
    specs, statuses = [], []
    for c in p.containers:
        specs.append('{"image":%s,"imagePullPolicy":"%s","name":%s,"resources":{}}'
                     % (q(c["image"]), c["policy"], q(c["name"])))
        if c["mode"] == "failed":
            state = '{"waiting":{"message":%s,"reason":"ImagePullBackOff"}}' % q(f'Back-off pulling image "{c["image"]}"')
            statuses.append('{"image":%s,"imageID":"","lastState":{},"name":%s,"ready":false,"restartCount":0,'
                            '"started":false,"state":%s}' % (q(c["image"]), q(c["name"]), state))
        else:
            started = ts(p.created + datetime.timedelta(seconds=30))
            statuses.append('{"containerID":"containerd://%s","image":%s,"imageID":"%s@sha256:%s","lastState":{},'
                            '"name":%s,"ready":true,"restartCount":0,"started":true,"state":{"running":{"startedAt":"%s"}}}'
                            % (hexid(p.rng, 64), q(c["image"]), c["image"].rsplit(":", 1)[0], hexid(p.rng, 64),
                               q(c["name"]), started))
    phase = "Pending" if any(c["mode"] == "failed" for c in p.containers) else "Running"
    return ('{"apiVersion":"v1","kind":"Pod","metadata":{"creationTimestamp":"%s","generateName":"%s-","labels":'
            '{"app":"%s","pod-template-hash":"%s"},"name":"%s","namespace":"%s","ownerReferences":[{"apiVersion":'
            '"apps/v1","blockOwnerDeletion":true,"controller":true,"kind":"ReplicaSet","name":"%s","uid":"%s"}],'
            '"resourceVersion":"%d","uid":"%s"},"spec":{"containers":[%s],"nodeName":"%s",'
            '"restartPolicy":"Always","schedulerName":"default-scheduler","serviceAccountName":"default"},"status":{"containerStatuses":[%s],'
            '"hostIP":"10.0.%d.%d","phase":"%s","podIP":"10.244.%d.%d","qosClass":"Burstable","startTime":"%s"}}'
            % (ts(p.created), p.replicaset, p.deployment, p.replicaset.rsplit("-", 1)[1], p.name, p.namespace,
               p.replicaset, uid(p.rng), p.rng.randint(10_000, 9_999_999), p.uid, ",".join(specs), p.node,
               ",".join(statuses), p.rng.randrange(256), p.rng.randrange(1, 255), phase, p.rng.randrange(256),
               p.rng.randrange(1, 255), ts(p.created)))


def event_json(p, e, serial):
    reason, etype, message, fp, count, first, last, source = e
    host = ',"host":"%s"' % p.node if source == "kubelet" else ""
    field = ',"fieldPath":"%s"' % fp if fp else ""
    return ('{"apiVersion":"v1","count":%d,"firstTimestamp":"%s","involvedObject":{"apiVersion":"v1"%s,"kind":"Pod",'
            '"name":"%s","namespace":"%s","uid":"%s"},"kind":"Event","lastTimestamp":"%s","message":%s,"metadata":'
            '{"creationTimestamp":"%s","name":"%s.%x","namespace":"%s"},"reason":"%s","source":{"component":"%s"%s},'
            '"type":"%s"}'
            % (count, ts(first), field, p.name, p.namespace, p.uid, ts(last), q(message), ts(first), p.name,
               0x17a0000000000000 + serial, p.namespace, reason, source, host, etype))


def filler_json(p, serial):
    """A Deployment-level event: real dumps hold them, the diagnosis ignores them."""
    t = p.created
    return ('{"apiVersion":"v1","count":1,"firstTimestamp":"%s","involvedObject":{"apiVersion":"apps/v1",'
            '"kind":"ReplicaSet","name":"%s","namespace":"%s"},"kind":"Event","lastTimestamp":"%s","message":'
            '"Created pod: %s","metadata":{"creationTimestamp":"%s","name":"%s.%x","namespace":"%s"},"reason":'
            '"SuccessfulCreate","source":{"component":"replicaset-controller"},"type":"Normal"}'
            % (ts(t), p.replicaset, p.namespace, ts(t), p.name, ts(t), p.replicaset, 0x17b0000000000000 + serial,
               p.namespace))


def yq(s):
    # Double-quoted YAML scalar: JSON's escaping is valid YAML.
    return json.dumps(s, ensure_ascii=False)


def pod_yaml(p):
    lines = ["- apiVersion: v1", "  kind: Pod", "  metadata:", f"    creationTimestamp: \"{ts(p.created)}\"",
             f"    generateName: {p.replicaset}-", "    labels:", f"      app: {p.deployment}",
             f"      pod-template-hash: {p.replicaset.rsplit('-', 1)[1]}", f"    name: {p.name}",
             f"    namespace: {p.namespace}", "    ownerReferences:", "    - apiVersion: apps/v1",
             "      blockOwnerDeletion: true", "      controller: true", "      kind: ReplicaSet",
             f"      name: {p.replicaset}", f"      uid: {uid(p.rng)}",
             f"    resourceVersion: \"{p.rng.randint(10_000, 9_999_999)}\"", f"    uid: {p.uid}", "  spec:",
             "    containers:"]
    for c in p.containers:
        lines += [f"    - image: {c['image']}", f"      imagePullPolicy: {c['policy']}", f"      name: {c['name']}",
                  "      resources: {}"]
    lines += [f"    nodeName: {p.node}", "    restartPolicy: Always",
              "    schedulerName: default-scheduler", "    serviceAccountName: default", "  status:",
              "    containerStatuses:"]
    for c in p.containers:
        lines += [f"    - image: {c['image']}", f"      name: {c['name']}"]
        if c["mode"] == "failed":
            lines += ["      imageID: \"\"", "      ready: false", "      restartCount: 0", "      started: false",
                      "      state:", "        waiting:",
                      "          message: " + yq('Back-off pulling image "%s"' % c["image"]),
                      "          reason: ImagePullBackOff"]
        else:
            lines += [f"      containerID: containerd://{hexid(p.rng, 64)}",
                      f"      imageID: {c['image'].rsplit(':', 1)[0]}@sha256:{hexid(p.rng, 64)}", "      ready: true",
                      "      restartCount: 0", "      started: true", "      state:", "        running:",
                      f"          startedAt: \"{ts(p.created + datetime.timedelta(seconds=30))}\""]
    phase = "Pending" if any(c["mode"] == "failed" for c in p.containers) else "Running"
    lines += [f"    hostIP: 10.0.{p.rng.randrange(256)}.{p.rng.randrange(1, 255)}", f"    phase: {phase}",
              "    qosClass: Burstable", f"    startTime: \"{ts(p.created)}\""]
    return "\n".join(lines) + "\n"


def event_yaml(p, e, serial):
    reason, etype, message, fp, count, first, last, source = e
    lines = ["- apiVersion: v1", f"  count: {count}", f"  firstTimestamp: \"{ts(first)}\"", "  involvedObject:",
             "    apiVersion: v1"]
    if fp:
        lines.append(f"    fieldPath: {fp}")
    lines += ["    kind: Pod", f"    name: {p.name}", f"    namespace: {p.namespace}", f"    uid: {p.uid}",
              "  kind: Event", f"  lastTimestamp: \"{ts(last)}\"", f"  message: {yq(message)}", "  metadata:",
              f"    creationTimestamp: \"{ts(first)}\"", f"    name: {p.name}.{0x17a0000000000000 + serial:x}",
              f"    namespace: {p.namespace}", f"  reason: {reason}", "  source:", f"    component: {source}"]
    if source == "kubelet":
        lines.append(f"    host: {p.node}")
    lines.append(f"  type: {etype}")
    return "\n".join(lines) + "\n"


def filler_yaml(p, serial):
    t = ts(p.created)
    return (f"- apiVersion: v1\n  count: 1\n  firstTimestamp: \"{t}\"\n  involvedObject:\n    apiVersion: apps/v1\n"
            f"    kind: ReplicaSet\n    name: {p.replicaset}\n    namespace: {p.namespace}\n  kind: Event\n"
            f"  lastTimestamp: \"{t}\"\n  message: \"Created pod: {p.name}\"\n  metadata:\n"
            f"    creationTimestamp: \"{t}\"\n    name: {p.replicaset}.{0x17b0000000000000 + serial:x}\n"
            f"    namespace: {p.namespace}\n  reason: SuccessfulCreate\n  source:\n"
            f"    component: replicaset-controller\n  type: Normal\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pods", type=int, required=True)
    ap.add_argument("--events", type=int, required=True,
                    help="total events; pods bring about 5 each, the rest are ReplicaSet events")
    ap.add_argument("--format", choices=["json", "yaml"], default="json")
    ap.add_argument("--seed", type=int, default=20260203)
    ap.add_argument("--fail-ratio", type=float, default=0.08, help="share of containers whose pull failed")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()

    failures = load_failures()
    as_json = args.format == "json"
    tmp = args.output + ".part"
    stats = {"pods": args.pods, "containers": 0, "failing": 0, "events": 0, "failedEvents": 0}
    with open(tmp, "w", encoding="utf-8", buffering=4 << 20) as out:
        out.write('{"apiVersion":"v1","items":[\n' if as_json else "apiVersion: v1\nitems:\n")
        first = True
        for i in range(args.pods):
            p = Plan(args.seed, i, failures, args.fail_ratio)
            stats["containers"] += len(p.containers)
            stats["failing"] += sum(c["mode"] == "failed" for c in p.containers)
            if as_json:
                out.write(("" if first else ",\n") + pod_json(p))
            else:
                out.write(pod_yaml(p))
            first = False
        # Events in a second pass over the same plans: kubectl lists kinds one after the other.
        serial = 0
        for i in range(args.pods):
            p = Plan(args.seed, i, failures, args.fail_ratio)
            for e in p.events():
                serial += 1
                stats["failedEvents"] += e[0] == "Failed"
                out.write((",\n" + event_json(p, e, serial)) if as_json else event_yaml(p, e, serial))
        natural = serial
        for k in range(max(0, args.events - natural)):
            p = Plan(args.seed, k % args.pods, failures, args.fail_ratio)
            serial += 1
            out.write((",\n" + filler_json(p, serial)) if as_json else filler_yaml(p, serial))
        stats["events"] = serial
        out.write('\n],"kind":"List","metadata":{"resourceVersion":""}}\n' if as_json
                  else "kind: List\nmetadata:\n  resourceVersion: \"\"\n")
    os.replace(tmp, args.output)
    stats["bytes"] = os.path.getsize(args.output)
    if natural > args.events:
        print(f"gen_dump: the pods alone bring {natural} events, more than --events {args.events}", file=sys.stderr)
    print(json.dumps(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
