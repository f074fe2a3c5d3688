#!/usr/bin/env python3
"""Generate PullScope's bundled training scenarios from the bundled training cluster.

Reads resources/samples/training-cluster.json (the objects), resources/samples/README.md
(which pods make up which scenario, and the seed sections) and
tests/data/samples/expected.tsv (the expected cause of each container), and writes

  resources/scenarios/<name>.yaml   one scenario file per scenario name (docs/scenario-format.md)
  resources/scenarios/index.json    the names, in gallery order

Each scenario holds its pods, their events, their nodes, the service accounts they run as
and the Secrets of their namespace (by name and type; the ones a pod names keep the
registry hosts of their auths, never a credential), and `now`, the time the cluster was
seen, so that ages and back-off read exactly as in the whole cluster.

Python 3 standard library only; deterministic. Usage: scripts/gen-scenarios.py [--root DIR]
"""

import argparse
import base64
import json
import os
import re
import sys

NOW = "2026-02-03T09:24:00Z"  # resources/samples/README.md: the cluster's NOW

# name: (difficulty, focus "pod/container" or None for the first failing container,
#        title en, title zh_CN, story en, story zh_CN)
# The story says what the trainee sees, never the answer.
SCENARIOS = {
    "deployment-image-not-found": (
        "beginner", "catalog-api-9sqq7mjxzx-4jmbn/catalog-api",
        "Three replicas stuck on one rollout",
        "同一次发布卡住的三个副本",
        "A new release of catalog-api was rolled out; its three replicas, on nodes of three kubelet versions, "
        "all sit in ImagePullBackOff.",
        "catalog-api 刚发布新版本，三个副本分布在三个不同 kubelet 版本的节点上，全部处于 ImagePullBackOff。"),
    "image-not-found": (
        "beginner", "nginx-deployment-7d5bc8f9c6-xqz2k/nginx",
        "A tag that nobody pushed",
        "没人推送过的标签",
        "Two deployments, one on containerd and one on CRI-O, keep retrying the pull of an image whose tag "
        "was typed by hand.",
        "两个 Deployment（一个在 containerd 节点，一个在 CRI-O 节点）反复重试拉取镜像，镜像标签是手工填写的。"),
    "ephemeral-container-pull": (
        "advanced", "checkout-api-xkkpg454sk-gbwnw/debugger-h2f7j",
        "A debug container that never starts",
        "始终起不来的调试容器",
        "Someone ran kubectl debug --image=netshoot on a healthy pod; the application keeps running, the "
        "debugger never starts.",
        "有人对一个正常运行的 Pod 执行了 kubectl debug --image=netshoot：业务容器照常运行，调试容器却一直起不来。"),
    "init-container-pull": (
        "intermediate", "orders-db-0/init-db",
        "A database stuck before it starts",
        "启动前就卡住的数据库",
        "The orders database shows Init:ImagePullBackOff and postgres waits in PodInitializing.",
        "订单数据库 Pod 显示 Init:ImagePullBackOff，postgres 容器一直停在 PodInitializing。"),
    "tls-unknown-authority": (
        "intermediate", "annotation-ui-ss2wvxfd8s-877h8/ui",
        "Private registries and the nodes' trust",
        "私有仓库与节点的信任",
        "Two teams pull from their own private registries; the pulls fail on a current node and on the "
        "legacy pool alike, with differently worded errors.",
        "两个团队各自从私有镜像仓库拉取镜像，在新节点和旧节点池上都失败了，报错措辞却不一样。"),
    "http-https-mismatch": (
        "intermediate", None,
        "A lab registry at an IP address",
        "IP 地址上的实验室仓库",
        "The annotator pulls from a registry given as IP:port on the lab network; every attempt fails at once.",
        "annotator 从实验室网络里以 IP:端口 指定的镜像仓库拉取镜像，每次尝试都立刻失败。"),
    "pull-qps-exceeded": (
        "advanced", None,
        "A Job fan-out on one node",
        "一个节点上的 Job 扇出",
        "A 40-way batch Job landed on one node; busybox is a tiny public image, yet this pod cannot get it.",
        "一个 40 路并行的批处理 Job 落在同一个节点上；busybox 只是很小的公共镜像，这个 Pod 却拉不下来。"),
    "not-a-pull-problem": (
        "intermediate", "billing-worker-pts5c9k27x-p5qkg/worker",
        "Not every red pod is a pull",
        "并非每个报错都是拉取问题",
        "Two pods will not run: one waits in CreateContainerConfigError, the other restarts again and again.",
        "两个 Pod 都跑不起来：一个停在 CreateContainerConfigError，另一个反复重启。"),
    "network-timeout": (
        "intermediate", None,
        "Slow failures from quay.io",
        "来自 quay.io 的缓慢失败",
        "The blackbox exporter's pulls from quay.io each take about half a minute before they fail.",
        "blackbox exporter 从 quay.io 拉取镜像，每次都要等半分钟左右才失败。"),
    "healthy-cached": (
        "beginner", None,
        "A pod that never pulled",
        "没有拉取的 Pod",
        "The dataset indexer is running; its events never mention Pulling.",
        "数据集索引服务正常运行，事件里却从没出现过 Pulling。"),
    "forbidden": (
        "intermediate", None,
        "A partner registry says no",
        "合作方仓库拒绝访问",
        "The detector API pulls from a partner's registry; the node reaches it, but the pull is refused.",
        "detector API 从合作方的镜像仓库拉取镜像：节点能连上仓库，拉取却被拒绝。"),
    "secret-missing-but-pulled": (
        "intermediate", None,
        "A warning on every sync",
        "每次同步都报的警告",
        "The docs site runs fine, yet a warning event about its pull secret comes back on every sync.",
        "文档站点运行正常，但每次同步都会出现一条关于拉取凭据的 Warning 事件。"),
    "layer-corrupt": (
        "advanced", None,
        "A pull that fails near the end",
        "快结束时失败的拉取",
        "The embedder image starts downloading, then the pull fails with a size complaint about one layer.",
        "embedder 镜像开始下载后，拉取失败，报错提到某个镜像层的大小。"),
    "connection-refused": (
        "intermediate", None,
        "Caught right after a failed attempt",
        "刚失败就被抓拍的一次拉取",
        "The ETL runner's snapshot was taken right after an attempt: the container waits in ErrImagePull, "
        "not yet in back-off.",
        "ETL runner 的快照正好在一次拉取尝试之后：容器停在 ErrImagePull，还没进入退避。"),
    "pull-secret-missing": (
        "intermediate", None,
        "An Azure registry and a pull secret",
        "Azure 镜像仓库与拉取凭据",
        "The evaluator pulls from a private Azure Container Registry; its pod spec names an image pull secret.",
        "evaluator 从私有的 Azure 容器镜像仓库拉取镜像，Pod 规格里引用了一个 imagePullSecret。"),
    "registry-unavailable": (
        "intermediate", "feature-store-ct284hxf7m-h75hm/store",
        "Registries that answer, badly",
        "有回应却出错的镜像仓库",
        "Two services on containerd and on CRI-O fail their pulls; the registries answer, but not with an image.",
        "两个服务（分别在 containerd 和 CRI-O 节点上）拉取失败：镜像仓库有回应，给的却不是镜像。"),
    "unauthorized": (
        "beginner", None,
        "A robot account on Harbor",
        "Harbor 的机器人账号",
        "The feature trainer pulls from Harbor with a pull secret that names the right registry, and still fails.",
        "feature trainer 用一个指向正确仓库的拉取凭据从 Harbor 拉取镜像，仍然失败。"),
    "invalid-image-name": (
        "beginner", None,
        "An image name typed in capitals",
        "用大写字母写的镜像名",
        "A bare pod created from a hand-written manifest never pulls at all; it waits with a reason of its own.",
        "一个用手写清单创建的裸 Pod 根本没有开始拉取，停在一个特殊的等待原因上。"),
    "tls-hostname-mismatch": (
        "intermediate", None,
        "A CronJob and a dev registry",
        "CronJob 与开发环境仓库",
        "Every run of the label-sync CronJob fails to pull its image from the dev Harbor.",
        "label-sync 这个 CronJob 每次运行都无法从开发环境的 Harbor 拉取镜像。"),
    "inspect-failed": (
        "advanced", None,
        "A node that cannot read its own image",
        "读不了自己镜像的节点",
        "On a Docker Engine node, the legacy billing pod fails before any pull starts.",
        "在一个使用 Docker Engine 的节点上，legacy billing Pod 还没开始拉取就失败了。"),
    "dns-failure": (
        "beginner", "web-frontend-74822n2k8g-tr74m/nginx",
        "Public images on the legacy pool",
        "旧节点池上的公共镜像",
        "Two pods on the legacy node pool cannot pull public nginx images from Docker Hub.",
        "旧节点池上的两个 Pod 无法从 Docker Hub 拉取公共的 nginx 镜像。"),
    "pull-stalled": (
        "advanced", None,
        "A pull that has gone quiet",
        "没有下文的拉取",
        "The fine-tuning Job started pulling a large PyTorch image 25 minutes ago and nothing has happened since.",
        "微调 Job 在 25 分钟前开始拉取一个很大的 PyTorch 镜像，此后再没有任何动静。"),
    "transfer-interrupted": (
        "advanced", None,
        "A large model image that never arrives",
        "始终下载不完的大模型镜像",
        "The LLM serving image begins downloading on the legacy pool, and every attempt breaks off partway.",
        "LLM serving 镜像在旧节点池上开始下载，每次都在中途断掉。"),
    "platform-mismatch": (
        "intermediate", None,
        "A DaemonSet on a mixed cluster",
        "混合架构集群上的 DaemonSet",
        "The log agent DaemonSet runs on every node but one; that node's pod cannot get the image.",
        "日志采集 DaemonSet 在其他节点上都正常，唯独一个节点上的 Pod 拿不到镜像。"),
    "access-denied": (
        "beginner", None,
        "A short Docker Hub name",
        "简写的 Docker Hub 镜像名",
        "The pipeline runner pulls acme/ml-pipeline:2.0 from Docker Hub without any pull secret.",
        "pipeline runner 在没有任何拉取凭据的情况下从 Docker Hub 拉取 acme/ml-pipeline:2.0。"),
    "healthy-pulled": (
        "beginner", "model-registry-ui-ngb8t8nm76-pkpfr/ui",
        "Pulled and running",
        "拉取成功并已运行",
        "Two pods pulled their images and run; compare how kubelets 1.27 and 1.30 report a successful pull.",
        "两个 Pod 都已拉取镜像并运行；对比 kubelet 1.27 和 1.30 报告拉取成功的方式。"),
    "short-name-unresolved": (
        "advanced", None,
        "An image with no registry and no tag",
        "既没有仓库也没有标签的镜像",
        "On a CRI-O node, a deployment asks for the image \"myapp\" and nothing more.",
        "在 CRI-O 节点上，一个 Deployment 只写了镜像名 “myapp”，别的什么都没写。"),
    "root-cause-expired": (
        "advanced", None,
        "Failing for three hours",
        "已经失败了三个小时",
        "The notebook has been failing for three hours; only BackOff events are left to look at.",
        "notebook 已经失败了三个小时，能看到的只剩下 BackOff 事件。"),
    "never-pull-missing": (
        "beginner", None,
        "An offline deployment",
        "离线部署",
        "A pod meant for an air-gapped site uses imagePullPolicy: Never and does not start.",
        "一个为离线环境准备的 Pod 设置了 imagePullPolicy: Never，启动不了。"),
    "signature-invalid": (
        "advanced", None,
        "A payments image on a guarded node",
        "受管控节点上的支付镜像",
        "The payments API fails on a CRI-O node with a waiting reason that is not ImagePullBackOff.",
        "payments API 在 CRI-O 节点上失败，等待原因并不是 ImagePullBackOff。"),
    "rate-limited": (
        "intermediate", None,
        "Docker Hub on a busy day",
        "繁忙时段的 Docker Hub",
        "A preprocessing job pulls python:3.12-slim from Docker Hub anonymously, as many pods on the node do.",
        "一个预处理任务和节点上许多 Pod 一样，匿名从 Docker Hub 拉取 python:3.12-slim。"),
    "healthy-no-events": (
        "beginner", None,
        "A pod with no events at all",
        "一条事件都没有的 Pod",
        "Redis has been running for two days and kubectl describe shows Events: <none>.",
        "Redis 已经运行了两天，kubectl describe 显示 Events: <none>。"),
    "pull-secret-mismatch": (
        "advanced", None,
        "A secret that is there",
        "确实存在的凭据",
        "The segmenter's pull secret exists and is well formed, yet its pulls from Harbor are turned away.",
        "segmenter 的拉取凭据确实存在且格式正确，从 Harbor 拉取时却仍然被拒。"),
    "proxy-error": (
        "intermediate", None,
        "Pulls through the company proxy",
        "经过公司代理的拉取",
        "On one node, the statsd exporter cannot pull from Docker Hub; the node reaches the internet only "
        "through a proxy.",
        "在某个节点上，statsd exporter 无法从 Docker Hub 拉取镜像；该节点只能通过代理访问外网。"),
    "disk-full": (
        "intermediate", None,
        "A 4 GB GPU image",
        "4 GB 的 GPU 镜像",
        "TensorFlow serving downloads its GPU image, then the pull fails while the layers are unpacked.",
        "TensorFlow serving 下载完 GPU 镜像后，在解压镜像层时拉取失败。"),
    "recovered": (
        "intermediate", None,
        "Red earlier, green now",
        "先红后绿",
        "The tokenizer service shows earlier pull failures, yet it is running now.",
        "tokenizer 服务之前有过拉取失败的记录，现在却在正常运行。"),
    "pull-in-progress": (
        "beginner", None,
        "ContainerCreating for two minutes",
        "ContainerCreating 两分钟",
        "The Triton inference server has been in ContainerCreating for two minutes.",
        "Triton 推理服务已经在 ContainerCreating 状态停了两分钟。"),
    "tls-expired": (
        "intermediate", None,
        "A lab registry after the holidays",
        "假期之后的实验室仓库",
        "The vocab builder's pulls from the lab registry fail, and each failure message is a little different.",
        "vocab builder 从实验室仓库拉取镜像失败，而且每条失败消息都略有不同。"),
}

DIFFICULTIES = ("beginner", "intermediate", "advanced")


def read_pods_table(readme):
    """scenario name -> list of (namespace, pod, container, seed section) in README order."""
    rows = {}
    for line in open(readme, encoding="utf-8"):
        m = re.match(r"^\| `([^/`]+)/([^`]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|", line)
        if not m:
            continue
        ns, pod, container, name, seed = (m.group(i).strip() for i in range(1, 6))
        rows.setdefault(name, []).append((ns, pod, container, seed))
    return rows


def read_expected(path):
    """(namespace, pod, container) -> cause id or '' (state ok/unknown/...)."""
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        out[(f[0], f[1], f[2])] = "" if f[6] == "-" else f[6]
    return out


def redact_secret(obj, named):
    """Name, namespace and type; a named pull secret keeps the hosts of its auths only."""
    meta = obj["metadata"]
    out = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": meta["name"], "namespace": meta["namespace"]}}
    if "type" in obj:
        out["type"] = obj["type"]
    if not named:
        return out
    data = {}
    for key in (".dockerconfigjson", ".dockercfg"):
        if key in obj.get("data", {}):
            doc = json.loads(base64.b64decode(obj["data"][key]))
            hosts = {h: {} for h in (doc["auths"] if key == ".dockerconfigjson" else doc)}
            payload = {"auths": hosts} if key == ".dockerconfigjson" else hosts
            data[key] = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
    out["data"] = data
    return out


def build(name, rows, items, expected):
    difficulty, focus, title_en, title_zh, story_en, story_zh = SCENARIOS[name]
    pods_wanted = []
    for ns, pod, _, _ in rows:
        if (ns, pod) not in pods_wanted:
            pods_wanted.append((ns, pod))
    if focus:
        fpod, fcontainer = focus.split("/")
        fns = next(ns for ns, pod, c, _ in rows if pod == fpod and c == fcontainer)
    else:
        # The first container with a cause, else the first container.
        with_cause = [r for r in rows if expected[(r[0], r[1], r[2])]]
        fns, fpod, fcontainer, _ = (with_cause or rows)[0]
    seeds = []
    for _, _, _, seed in rows:
        for s in seed.split(","):
            s = s.strip()
            if s and s != "-" and s not in seeds:
                seeds.append(s)

    pods = [i for i in items if i["kind"] == "Pod" and (i["metadata"]["namespace"], i["metadata"]["name"]) in pods_wanted]
    namespaces = sorted({ns for ns, _ in pods_wanted})
    nodes = sorted({p["spec"].get("nodeName", "") for p in pods} - {""})
    sa_names = {(p["metadata"]["namespace"], p["spec"].get("serviceAccountName") or "default") for p in pods}
    sas = [i for i in items if i["kind"] == "ServiceAccount"
           and (i["metadata"]["namespace"], i["metadata"]["name"]) in sa_names]
    named = {(p["metadata"]["namespace"], s["name"]) for p in pods for s in p["spec"].get("imagePullSecrets", [])}
    named |= {(sa["metadata"]["namespace"], s["name"]) for sa in sas for s in sa.get("imagePullSecrets", [])}

    objects = [i for i in items if i["kind"] == "Node" and i["metadata"]["name"] in nodes]
    objects += sas
    objects += [redact_secret(i, (i["metadata"]["namespace"], i["metadata"]["name"]) in named)
                for i in items if i["kind"] == "Secret" and i["metadata"]["namespace"] in namespaces]
    objects += pods
    for i in items:
        if i["kind"] != "Event":
            continue
        ref = i.get("involvedObject") or i.get("regarding") or {}
        if ref.get("kind") == "Pod" and (ref.get("namespace"), ref.get("name")) in pods_wanted:
            objects.append(i)

    return {
        "apiVersion": "pullscope.io/v1",
        "kind": "Scenario",
        "metadata": {"name": name},
        "spec": {
            "title": {"en": title_en, "zh_CN": title_zh},
            "story": {"en": story_en, "zh_CN": story_zh},
            "difficulty": difficulty,
            **({"seedSection": ", ".join(seeds)} if seeds else {}),
            "focus": {"namespace": fns, "pod": fpod, "container": fcontainer},
            **({"expectedCause": expected[(fns, fpod, fcontainer)]} if expected[(fns, fpod, fcontainer)] else {}),
            "now": NOW,
            "objects": objects,
        },
    }


# --- a small YAML emitter: block style, strings plain only where no reader can mistake them

PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9._/-]*$")
SPECIAL = re.compile(r"^(y|n|yes|no|on|off|true|false|null)$", re.IGNORECASE)


def scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    if PLAIN.match(v) and not SPECIAL.match(v):
        return v
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def emit(v, indent, out):
    pad = " " * indent
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, dict) and x:
                out.append(f"{pad}{scalar(k)}:")
                emit(x, indent + 2, out)
            elif isinstance(x, list) and x:
                out.append(f"{pad}{scalar(k)}:")
                emit(x, indent, out)
            else:
                out.append(f"{pad}{scalar(k)}: {flow(x)}")
    else:
        for x in v:
            if isinstance(x, (dict, list)) and x:
                sub = []
                emit(x, indent + 2, sub)
                out.append(f"{pad}- {sub[0].lstrip()}" if isinstance(x, dict) else f"{pad}-")
                out.extend(sub[1:] if isinstance(x, dict) else sub)
            else:
                out.append(f"{pad}- {flow(x)}")


def flow(x):
    if isinstance(x, dict):
        return "{}"
    if isinstance(x, list):
        return "[]"
    return scalar(x)


def to_yaml(doc):
    out = ["# PullScope training scenario (docs/scenario-format.md).",
           "# Generated by scripts/gen-scenarios.py from resources/samples/training-cluster.json: do not edit."]
    emit(doc, 0, out)
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    root = os.path.abspath(ap.parse_args().root)
    items = json.load(open(os.path.join(root, "resources/samples/training-cluster.json"), encoding="utf-8"))["items"]
    rows = read_pods_table(os.path.join(root, "resources/samples/README.md"))
    expected = read_expected(os.path.join(root, "tests/data/samples/expected.tsv"))
    if set(rows) != set(SCENARIOS):
        sys.exit("gen-scenarios: README scenarios and the table differ: missing %s, extra %s"
                 % (sorted(set(rows) - set(SCENARIOS)), sorted(set(SCENARIOS) - set(rows))))
    for name, entry in SCENARIOS.items():
        if entry[0] not in DIFFICULTIES:
            sys.exit(f"gen-scenarios: {name}: bad difficulty {entry[0]}")
    outdir = os.path.join(root, "resources/scenarios")
    os.makedirs(outdir, exist_ok=True)
    # Gallery order: by difficulty, then by name.
    names = sorted(SCENARIOS, key=lambda n: (DIFFICULTIES.index(SCENARIOS[n][0]), n))
    for name in names:
        doc = build(name, rows[name], items, expected)
        with open(os.path.join(outdir, name + ".yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(to_yaml(doc))
    with open(os.path.join(outdir, "index.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"scenarios": [n + ".yaml" for n in names]}, f, indent=2)
        f.write("\n")
    print(f"wrote {len(names)} scenarios to {outdir}")


if __name__ == "__main__":
    main()
