#!/usr/bin/env python3
"""Generate corpus.tsv: runtime error texts x the ways the kubelet and kubectl wrap them.

Run from anywhere:  python3 tests/data/classifier/gen_corpus.py
The output is committed; tst_rulebook requires every row to classify as its cause.

Base texts follow the project's upstream-facts reference, section 3 (containerd 1.6
vs 1.7/2.x, CRI-O / containers-image, Docker Engine via dockershim or cri-dockerd), and the
kubelet's own messages from section 1. Wrappings (a)-(g):

  (a) Failed event     Failed to pull image "<spec>": rpc error: code = X desc = <text>
  (b) ErrImagePull     rpc error: code = X desc = <text>            (waiting message)
  (c) 1.32+ back-off   Back-off pulling image "<spec>": <Reason>: rpc error: ... <text>
  (d) 1.35 describe    spec.containers{app}: Failed to pull image "<spec>": rpc error: ...
  (e) aggregated       (combined from similar events): Failed to pull image "<spec>": ...
  (f) newer events     Failed to pull image "<spec>": <text>        (no rpc prefix)
  (g) newer + 1.35     spec.containers{app}: Failed to pull image "<spec>": <text>

Messages are stored with \\n for a newline and \\\\ for a backslash (one row per line).
"""

import os
from collections import defaultdict

RUNTIME = "runtime"          # a CRI runtime's error: every wrapping
KUBELET_PULL = "kubelet"     # the kubelet failed the pull itself (no gRPC status)
KUBELET_WAIT = "waiting"     # a kubelet waiting message (reason other than ErrImagePull)
KUBELET_NAME = "name"        # the kubelet refused the name before any pull

D = "docker.io/library"

# (cause, runtime, kind, gRPC code or waiting reason, pod spec image, text)
BASES = [
    # ---- image-not-found
    ("image-not-found", "containerd-1.6", RUNTIME, "NotFound", "nginx:1.25.999",
     f'failed to pull and unpack image "{D}/nginx:1.25.999": failed to resolve reference '
     f'"{D}/nginx:1.25.999": {D}/nginx:1.25.999: not found'),
    ("image-not-found", "containerd-2.0", RUNTIME, "NotFound", "registry.example.com/team/api:v9",
     'failed to pull and unpack image "registry.example.com/team/api:v9": failed to resolve '
     'reference "registry.example.com/team/api:v9": registry.example.com/team/api:v9: not found'),
    ("image-not-found", "cri-o", RUNTIME, "Unknown", "docker.io/tigergrah/tigergraph-k8s:3.8.5",
     'reading manifest 3.8.5 in docker.io/tigergrah/tigergraph-k8s: manifest unknown: '
     'manifest unknown'),
    ("image-not-found", "cri-o", RUNTIME, "Unknown",
     "registry.example.com/fd-test/app:1.0.0-SNAPSHOT",
     'initializing source docker://registry.example.com/fd-test/app:1.0.0-SNAPSHOT: reading '
     'manifest 1.0.0-SNAPSHOT in registry.example.com/fd-test/app: manifest unknown'),
    ("image-not-found", "cri-o", RUNTIME, "Unknown", "registry.redhat.io/ubi9/ubi-minimal:9.99",
     'reading manifest 9.99 in registry.redhat.io/ubi9/ubi-minimal: StatusCode: 404, Not found'),
    ("image-not-found", "docker", RUNTIME, "Unknown", "nginx:1.25.999",
     'Error response from daemon: manifest for nginx:1.25.999 not found: manifest unknown: '
     'manifest unknown'),

    # ---- access-denied
    ("access-denied", "containerd-1.7", RUNTIME, "Unknown", "fakeimage",
     f'failed to pull and unpack image "{D}/fakeimage:latest": failed to resolve reference '
     f'"{D}/fakeimage:latest": pull access denied, repository does not exist or may require '
     'authorization: server message: insufficient_scope: authorization failed'),
    ("access-denied", "cri-o", RUNTIME, "Unknown", "docker.io/acme/private:2.1",
     'reading manifest 2.1 in docker.io/acme/private: errors:\ndenied: requested access to the '
     'resource is denied\nunauthorized: authentication required\n'),
    ("access-denied", "docker", RUNTIME, "Unknown", "moby/buildkit:v0.12.0",
     'Error response from daemon: pull access denied for moby/buildkit, repository does not '
     'exist or may require docker login'),

    # ---- unauthorized
    ("unauthorized", "containerd-1.6", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": failed to authorize: failed to fetch '
     'oauth token: unexpected status: 401 Unauthorized'),
    ("unauthorized", "containerd-1.7", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": failed to authorize: failed to fetch '
     'oauth token: unexpected status from GET request to https://registry.example.com/service/'
     'token?scope=repository%3Ateam%2Fapp%3Apull&service=registry.example.com: 401 Unauthorized'),
    ("unauthorized", "containerd-2.0", RUNTIME, "Unknown", "myregistry.example.com/private/app:v1.0",
     'failed to pull and unpack image "myregistry.example.com/private/app:v1.0": failed to '
     'resolve reference "myregistry.example.com/private/app:v1.0": pulling from host '
     'myregistry.example.com failed with status code [manifests v1.0]: 401 Unauthorized'),
    ("unauthorized", "cri-o", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'initializing source docker://registry.example.com/team/app:1.0: reading manifest 1.0 in '
     'registry.example.com/team/app: authentication required'),
    ("unauthorized", "docker", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'Error response from daemon: Get "https://registry.example.com/v2/team/app/manifests/1.0": '
     'unauthorized: incorrect username or password'),

    # ---- forbidden
    ("forbidden", "containerd-1.6", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": unexpected status: 403 Forbidden'),
    ("forbidden", "containerd-1.7", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": unexpected status from HEAD request to '
     'https://registry.example.com/v2/team/app/manifests/1.0: 403 Forbidden'),
    ("forbidden", "cri-o", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'initializing source docker://registry.example.com/team/app:1.0: pinging container '
     'registry registry.example.com: invalid status code from registry 403 (Forbidden)'),

    # ---- rate-limited
    ("rate-limited", "containerd-1.7", RUNTIME, "Unknown", "nginx:1.25.3",
     f'failed to pull and unpack image "{D}/nginx:1.25.3": failed to copy: httpReadSeeker: '
     'failed open: unexpected status code https://registry-1.docker.io/v2/library/nginx/'
     'manifests/sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac: '
     '429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate '
     'limit. You may increase the limit by authenticating and upgrading: '
     'https://www.docker.com/increase-rate-limit'),
    ("rate-limited", "containerd-1.6", RUNTIME, "Unknown", "redis:7.2",
     f'failed to pull and unpack image "{D}/redis:7.2": failed to resolve reference '
     f'"{D}/redis:7.2": unexpected status: 429 Too Many Requests'),
    ("rate-limited", "cri-o", RUNTIME, "Unknown", "docker.io/library/perl:latest",
     'reading manifest latest in docker.io/library/perl: toomanyrequests: You have reached your '
     'pull rate limit. You may increase the limit by authenticating and upgrading: '
     'https://www.docker.com/increase-rate-limit'),
    ("rate-limited", "docker", RUNTIME, "Unknown", "busybox:1.36",
     'Error response from daemon: toomanyrequests: You have reached your pull rate limit.'),

    # ---- pull-qps-exceeded: the kubelet's own throttle, identical for every runtime
    ("pull-qps-exceeded", "kubelet", KUBELET_PULL, None, "busybox:1.36", 'pull QPS exceeded'),
    ("pull-qps-exceeded", "kubelet", KUBELET_PULL, None,
     "registry.example.com/team/worker:2.4.1", 'pull QPS exceeded'),

    # ---- tls-unknown-authority (containerd <= 1.6.23 has no "tls: failed to verify")
    ("tls-unknown-authority", "containerd-1.6", RUNTIME, "Unknown",
     "registry.gitlab.local/anthonybudd/website:master",
     'failed to pull and unpack image "registry.gitlab.local/anthonybudd/website:master": '
     'failed to resolve reference "registry.gitlab.local/anthonybudd/website:master": failed to '
     'do request: Head "https://registry.gitlab.local/v2/anthonybudd/website/manifests/master": '
     'x509: certificate signed by unknown authority'),
    ("tls-unknown-authority", "containerd-1.7", RUNTIME, "Unknown",
     "registry.gitlab.local/anthonybudd/website:master",
     'failed to pull and unpack image "registry.gitlab.local/anthonybudd/website:master": '
     'failed to resolve reference "registry.gitlab.local/anthonybudd/website:master": failed to '
     'do request: Head "https://registry.gitlab.local/v2/anthonybudd/website/manifests/master": '
     'tls: failed to verify certificate: x509: certificate signed by unknown authority'),
    ("tls-unknown-authority", "cri-o", RUNTIME, "Unknown", "harbor.example.com/team/app:1.0",
     'initializing source docker://harbor.example.com/team/app:1.0: pinging container registry '
     'harbor.example.com: Get "https://harbor.example.com/v2/": tls: failed to verify '
     'certificate: x509: certificate signed by unknown authority'),
    ("tls-unknown-authority", "docker", RUNTIME, "Unknown", "harbor.example.com/team/app:1.0",
     'Error response from daemon: Get "https://harbor.example.com/v2/": x509: certificate signed '
     'by unknown authority'),

    # ---- tls-expired
    ("tls-expired", "containerd-1.6", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": failed to do request: Head '
     '"https://registry.example.com/v2/team/app/manifests/1.0": x509: certificate has expired '
     'or is not yet valid: current time 2024-06-01T08:00:00Z is after 2024-05-31T23:59:59Z'),
    ("tls-expired", "containerd-1.7", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": failed to do request: Head '
     '"https://registry.example.com/v2/team/app/manifests/1.0": tls: failed to verify '
     'certificate: x509: certificate has expired or is not yet valid: current time '
     '2024-06-01T08:00:00Z is after 2024-05-31T23:59:59Z'),
    ("tls-expired", "cri-o", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'pinging container registry registry.example.com: Get "https://registry.example.com/v2/": '
     'tls: failed to verify certificate: x509: certificate has expired or is not yet valid: '
     'current time 2024-06-01T08:00:00Z is after 2024-05-31T23:59:59Z'),

    # ---- tls-hostname-mismatch
    ("tls-hostname-mismatch", "containerd-1.7", RUNTIME, "Unknown",
     "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": failed to do request: Head '
     '"https://registry.example.com/v2/team/app/manifests/1.0": tls: failed to verify '
     'certificate: x509: certificate is valid for a.example.com, b.example.com, not '
     'registry.example.com'),
    ("tls-hostname-mismatch", "containerd-1.6", RUNTIME, "Unknown",
     "registry.example.com/team/app:1.0",
     'failed to pull and unpack image "registry.example.com/team/app:1.0": failed to resolve '
     'reference "registry.example.com/team/app:1.0": failed to do request: Head '
     '"https://registry.example.com/v2/team/app/manifests/1.0": x509: certificate is not valid '
     'for any names, but wanted to match registry.example.com'),
    ("tls-hostname-mismatch", "cri-o", RUNTIME, "Unknown", "10.0.0.5:5000/team/app:1.0",
     'pinging container registry 10.0.0.5:5000: Get "https://10.0.0.5:5000/v2/": tls: failed '
     'to verify certificate: x509: cannot validate certificate for 10.0.0.5 because it '
     "doesn't contain any IP SANs"),

    # ---- http-https-mismatch
    ("http-https-mismatch", "containerd-1.7", RUNTIME, "Unknown", "10.0.0.5:5000/team/app:1.0",
     'failed to pull and unpack image "10.0.0.5:5000/team/app:1.0": failed to resolve reference '
     '"10.0.0.5:5000/team/app:1.0": failed to do request: Head '
     '"https://10.0.0.5:5000/v2/team/app/manifests/1.0": http: server gave HTTP response to '
     'HTTPS client'),
    ("http-https-mismatch", "cri-o", RUNTIME, "Unknown", "10.0.0.5:5000/team/app:1.0",
     'initializing source docker://10.0.0.5:5000/team/app:1.0: pinging container registry '
     '10.0.0.5:5000: Get "https://10.0.0.5:5000/v2/": http: server gave HTTP response to HTTPS '
     'client'),
    ("http-https-mismatch", "docker", RUNTIME, "Unknown", "10.0.0.5:5000/team/app:1.0",
     'Error response from daemon: Get "https://10.0.0.5:5000/v2/": http: server gave HTTP '
     'response to HTTPS client'),

    # ---- dns-failure
    ("dns-failure", "containerd-1.7", RUNTIME, "Unknown", "nginx:1.27",
     f'failed to pull and unpack image "{D}/nginx:1.27": failed to resolve reference '
     f'"{D}/nginx:1.27": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.27": dial tcp: lookup registry-1.docker.io on 192.168.65.254:53: '
     'server misbehaving'),
    ("dns-failure", "containerd-1.6", RUNTIME, "Unknown", "nginx:1.25.3",
     f'failed to pull and unpack image "{D}/nginx:1.25.3": failed to resolve reference '
     f'"{D}/nginx:1.25.3": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.25.3": dial tcp: lookup registry-1.docker.io on 169.254.169.254:53: '
     'no such host'),
    ("dns-failure", "containerd-2.0", RUNTIME, "Unknown", "nginx:1.27",
     f'failed to pull and unpack image "{D}/nginx:1.27": failed to resolve reference '
     f'"{D}/nginx:1.27": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.27": dial tcp: lookup registry-1.docker.io on 10.0.0.2:53: read udp '
     '10.0.0.17:53411->10.0.0.2:53: read: connection refused'),
    ("dns-failure", "containerd-1.7", RUNTIME, "Unknown", "nginx:1.27",
     f'failed to pull and unpack image "{D}/nginx:1.27": failed to resolve reference '
     f'"{D}/nginx:1.27": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.27": dial tcp: lookup registry-1.docker.io: Try again'),
    ("dns-failure", "cri-o", RUNTIME, "Unknown", "quay.io/prometheus/prometheus:v2.53.0",
     'initializing source docker://quay.io/prometheus/prometheus:v2.53.0: pinging container '
     'registry quay.io: Get "https://quay.io/v2/": dial tcp: lookup quay.io on 10.0.0.2:53: '
     'no such host'),
    ("dns-failure", "docker", RUNTIME, "Unknown", "nginx:2.3.5",
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup '
     'registry-1.docker.io on 192.168.49.1:53: server misbehaving'),

    # ---- network-timeout
    ("network-timeout", "containerd-1.7", RUNTIME, "Unknown", "busybox:1.36.1",
     f'failed to pull and unpack image "{D}/busybox:1.36.1": failed to resolve reference '
     f'"{D}/busybox:1.36.1": failed to do request: Head "https://registry-1.docker.io/v2/'
     'library/busybox/manifests/1.36.1": dial tcp 199.59.148.246:443: i/o timeout'),
    ("network-timeout", "containerd-1.6", RUNTIME, "Unknown", "nginx:1.25.3",
     f'failed to pull and unpack image "{D}/nginx:1.25.3": failed to resolve reference '
     f'"{D}/nginx:1.25.3": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.25.3": context deadline exceeded (Client.Timeout exceeded while '
     'awaiting headers)'),
    ("network-timeout", "cri-o", RUNTIME, "DeadlineExceeded", "docker.io/library/nginx:1.27",
     'initializing source docker://nginx:1.27: pinging container registry '
     'registry-1.docker.io: Get "https://registry-1.docker.io/v2/": dial tcp '
     '52.207.2.251:443: i/o timeout'),
    ("network-timeout", "docker", RUNTIME, "Unknown", "nginx:1.27",
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS '
     'handshake timeout'),
    ("network-timeout", "containerd-2.0", RUNTIME, "DeadlineExceeded", "pytorch/pytorch:2.3.0",
     'context deadline exceeded'),

    # ---- connection-refused
    ("connection-refused", "containerd-1.7", RUNTIME, "Unknown", "10.0.0.1/team/app:1.0",
     'failed to pull and unpack image "10.0.0.1/team/app:1.0": failed to resolve reference '
     '"10.0.0.1/team/app:1.0": failed to do request: Head "https://10.0.0.1/v2/team/app/'
     'manifests/1.0": dial tcp 10.0.0.1:443: connect: connection refused'),
    ("connection-refused", "containerd-1.6", RUNTIME, "Unknown",
     "harbor.example.com/team/app:1.0",
     'failed to pull and unpack image "harbor.example.com/team/app:1.0": failed to resolve '
     'reference "harbor.example.com/team/app:1.0": failed to do request: Head '
     '"https://harbor.example.com/v2/team/app/manifests/1.0": dial tcp 10.20.0.8:443: connect: '
     'no route to host'),
    ("connection-refused", "cri-o", RUNTIME, "Unknown", "harbor.example.com/team/app:1.0",
     'initializing source docker://harbor.example.com/team/app:1.0: pinging container registry '
     'harbor.example.com: Get "https://harbor.example.com/v2/": dial tcp 10.20.0.8:443: '
     'connect: connection refused'),
    ("connection-refused", "docker", RUNTIME, "Unknown", "nginx:1.27",
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp '
     '[2600:1f18:2148:bc00::1]:443: connect: network is unreachable'),

    # ---- proxy-error
    ("proxy-error", "containerd-1.7", RUNTIME, "Unknown", "nginx:1.27",
     f'failed to pull and unpack image "{D}/nginx:1.27": failed to resolve reference '
     f'"{D}/nginx:1.27": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.27": proxyconnect tcp: dial tcp 127.0.0.1:10808: connect: connection '
     'refused'),
    ("proxy-error", "containerd-1.6", RUNTIME, "Unknown", "nginx:1.25.3",
     f'failed to pull and unpack image "{D}/nginx:1.25.3": failed to resolve reference '
     f'"{D}/nginx:1.25.3": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.25.3": proxyconnect tcp: dial tcp 10.0.0.9:3128: i/o timeout'),
    ("proxy-error", "cri-o", RUNTIME, "Unknown", "quay.io/prometheus/prometheus:v2.53.0",
     'initializing source docker://quay.io/prometheus/prometheus:v2.53.0: pinging container '
     'registry quay.io: Get "https://quay.io/v2/": proxyconnect tcp: dial tcp: lookup '
     'proxy.corp.example on 10.0.0.2:53: no such host'),
    ("proxy-error", "docker", RUNTIME, "Unknown", "nginx:1.27",
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": Proxy Authentication '
     'Required'),
    ("proxy-error", "containerd-2.0", RUNTIME, "Unknown", "nginx:1.27",
     f'failed to pull and unpack image "{D}/nginx:1.27": failed to resolve reference '
     f'"{D}/nginx:1.27": failed to do request: Head "https://registry-1.docker.io/v2/library/'
     'nginx/manifests/1.27": proxyconnect tcp: 407 Proxy Authentication Required'),

    # ---- transfer-interrupted
    ("transfer-interrupted", "containerd-1.7", RUNTIME, "Unknown", "tensorflow/tensorflow:2.15.0",
     'failed to pull and unpack image "docker.io/tensorflow/tensorflow:2.15.0": failed to copy: '
     'read tcp 10.2.0.49:55386->52.202.41.60:443: read: connection reset by peer'),
    ("transfer-interrupted", "containerd-1.6", RUNTIME, "Unknown", "large-image:v1.0",
     f'failed to pull and unpack image "{D}/large-image:v1.0": failed to copy: httpReadSeeker: '
     'failed open: unexpected EOF'),
    ("transfer-interrupted", "containerd-2.0", RUNTIME, "Canceled", "pytorch/pytorch:2.3.0",
     'failed to pull and unpack image "docker.io/pytorch/pytorch:2.3.0": failed to copy: '
     'httpReadSeeker: failed open: context canceled'),
    ("transfer-interrupted", "cri-o", RUNTIME, "Unknown", "quay.io/ceph/ceph:v18",
     'writing blob: storing blob to file "/var/tmp/storage2918861/2": happened during read: '
     'unexpected EOF'),
    ("transfer-interrupted", "docker", RUNTIME, "Unknown", "node:20",
     'Error response from daemon: Get "https://production.cloudflare.docker.com/registry-v2/'
     'docker/registry/v2/blobs/sha256/9f/9f2b/data": read tcp 172.17.0.2:40312->'
     '104.16.98.215:443: read: connection reset by peer'),

    # ---- platform-mismatch (schema 1 on containerd 2.x: see causes.yaml)
    ("platform-mismatch", "containerd-1.7", RUNTIME, "NotFound", "acme/amd64-only:1.0",
     'failed to pull and unpack image "docker.io/acme/amd64-only:1.0": no match for platform '
     'in manifest: not found'),
    ("platform-mismatch", "containerd-1.6", RUNTIME, "NotFound", "acme/amd64-only:1.0",
     'failed to pull and unpack image "docker.io/acme/amd64-only:1.0": no match for platform '
     'in manifest sha256:0d2f9f1e7c6b5a4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d: '
     'not found'),
    ("platform-mismatch", "containerd-2.0", RUNTIME, "Unknown", "centos:5",
     f'failed to pull and unpack image "{D}/centos:5": failed to get converter for '
     f'"{D}/centos:5": Pulling Schema 1 images have been deprecated and disabled by default '
     'since containerd v2.0. As a workaround you may set an environment variable '
     '`CONTAINERD_ENABLE_DEPRECATED_PULL_SCHEMA_1_IMAGE=1`, but this will be completely removed '
     'in containerd v2.1.'),
    ("platform-mismatch", "cri-o", RUNTIME, "Unknown", "quay.io/acme/amd64-only:1.0",
     'choosing image instance: no image found in image index for architecture "arm64", '
     'variant "v8", OS "linux"'),
    ("platform-mismatch", "cri-o", RUNTIME, "Unknown", "quay.io/acme/amd64-only:1.0",
     'no image found in image index for architecture arm64, variant "", OS linux'),
    ("platform-mismatch", "docker", RUNTIME, "Unknown", "acme/arm-only:1.0",
     'Error response from daemon: no matching manifest for linux/amd64 in the manifest list '
     'entries'),

    # ---- disk-full
    ("disk-full", "containerd-1.7", RUNTIME, "Unknown", "pytorch/pytorch:2.3.0",
     'failed to pull and unpack image "docker.io/pytorch/pytorch:2.3.0": failed to extract '
     'layer sha256:5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e: write '
     '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/75/fs/opt/conda/lib/'
     'libtorch_cuda.so: no space left on device: unknown'),
    ("disk-full", "containerd-1.6", RUNTIME, "Unknown", "pytorch/pytorch:2.3.0",
     'failed to pull and unpack image "docker.io/pytorch/pytorch:2.3.0": failed to unpack image '
     'on snapshotter overlayfs: failed to extract layer sha256:5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c'
     '1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e: mount callback failed on /var/lib/containerd/tmpmounts/'
     'containerd-mount025267750: write /var/lib/containerd/tmpmounts/containerd-mount025267750/'
     'opt/conda/lib/libtorch_cuda.so: no space left on device: unknown'),
    ("disk-full", "cri-o", RUNTIME, "Unknown", "quay.io/ceph/ceph:v18",
     'writing blob: storing blob to file "/var/tmp/storage2345/1": write '
     '/var/tmp/storage2345/1: no space left on device'),
    ("disk-full", "docker", RUNTIME, "Unknown", "pytorch/pytorch:2.3.0",
     'Error response from daemon: write /var/lib/docker/tmp/GetImageBlob381227: no space left '
     'on device'),

    # ---- layer-corrupt
    ("layer-corrupt", "containerd-1.7", RUNTIME, "Unknown", "harbor.example.com/ml/model:5",
     'failed to pull and unpack image "harbor.example.com/ml/model:5": failed to unpack image on '
     'snapshotter overlayfs: failed to extract layer sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f'
     '9a0b1c2d3e4f5a6b7c8d9e0f1a2b: archive/tar: invalid tar header: unknown'),
    ("layer-corrupt", "containerd-1.6", RUNTIME, "Unknown", "harbor.example.com/ml/model:5",
     'failed to pull and unpack image "harbor.example.com/ml/model:5": failed commit on ref '
     '"layer-sha256:7d8e9f": "layer-sha256:7d8e9f" failed size validation: 27145728 != '
     '27145915: failed precondition'),
    ("layer-corrupt", "containerd-2.0", RUNTIME, "Unknown", "harbor.example.com/ml/model:5",
     'failed to pull and unpack image "harbor.example.com/ml/model:5": failed to extract layer '
     'sha256:1a2b3c: unexpected EOF'),
    ("layer-corrupt", "cri-o", RUNTIME, "Unknown", "quay.io/acme/model:5",
     'reading blob sha256:1f2e3d4c: Digest did not match, expected sha256:1f2e3d4c, got '
     'sha256:9a8b7c6d'),
    ("layer-corrupt", "docker", RUNTIME, "Unknown", "acme/model:5",
     'Error response from daemon: failed to register layer: Error processing tar file(exit '
     'status 1): unexpected EOF'),

    # ---- registry-unavailable
    ("registry-unavailable", "containerd-1.6", RUNTIME, "Unknown",
     "harbor.example.com/team/app:1.0",
     'failed to pull and unpack image "harbor.example.com/team/app:1.0": failed to resolve '
     'reference "harbor.example.com/team/app:1.0": unexpected status: 503 Service Unavailable'),
    ("registry-unavailable", "containerd-1.7", RUNTIME, "Unknown",
     "harbor.example.com/team/app:1.0",
     'failed to pull and unpack image "harbor.example.com/team/app:1.0": failed to resolve '
     'reference "harbor.example.com/team/app:1.0": unexpected status from HEAD request to '
     'https://harbor.example.com/v2/team/app/manifests/1.0: 502 Bad Gateway'),
    ("registry-unavailable", "containerd-2.0", RUNTIME, "Unknown",
     "harbor.example.com/team/app:1.0",
     'failed to pull and unpack image "harbor.example.com/team/app:1.0": failed to copy: '
     'httpReadSeeker: failed open: unexpected status code https://harbor.example.com/v2/team/app/'
     'blobs/sha256:3c4d5e: 500 Internal Server Error'),
    ("registry-unavailable", "cri-o", RUNTIME, "Unknown", "quay.io/acme/app:1.0",
     'reading manifest 1.0 in quay.io/acme/app: received unexpected HTTP status: 504 Gateway '
     'Time-out'),
    ("registry-unavailable", "docker", RUNTIME, "Unknown", "harbor.example.com/team/app:1.0",
     'Error response from daemon: received unexpected HTTP status: 503 Service Unavailable'),
    ("registry-unavailable", "kubelet-1.28", KUBELET_WAIT, "RegistryUnavailable",
     "harbor.example.com/team/app:1.0",
     'image pull failed for harbor.example.com/team/app:1.0 because the registry is unavailable'),

    # ---- short-name-unresolved: CRI-O only (containers/image short-name handling)
    ("short-name-unresolved", "cri-o", RUNTIME, "Unknown", "nginx",
     'short-name "nginx" did not resolve to an alias and no unqualified-search registries are '
     'defined in "/etc/containers/registries.conf"'),
    ("short-name-unresolved", "cri-o", RUNTIME, "Unknown", "team/app:1.0",
     'short-name "team/app:1.0" did not resolve to an alias and no unqualified-search '
     'registries are defined in "/etc/containers/registries.conf"'),

    # ---- signature-invalid: CRI-O (before and after the SignatureValidationFailed error)
    ("signature-invalid", "cri-o-1.30", RUNTIME, "Unknown", "quay.io/crio/unsigned:latest",
     'Source image rejected: A signature was required, but no signature exists'),
    ("signature-invalid", "cri-o-1.31", RUNTIME, "Unknown", "quay.io/crio/unsigned:latest",
     'SignatureValidationFailed: Source image rejected: A signature was required, but no '
     'signature exists'),
    ("signature-invalid", "cri-o", RUNTIME, "Unknown", "registry.example.com/team/app:1.0",
     'Source image rejected: Running image docker://registry.example.com/team/app:1.0 is '
     'rejected by policy.'),
    ("signature-invalid", "kubelet-1.28", KUBELET_WAIT, "SignatureValidationFailed",
     "quay.io/crio/unsigned:latest",
     'image pull failed for quay.io/crio/unsigned:latest because the signature validation '
     'failed: Source image rejected: A signature was required, but no signature exists'),

    # ---- invalid-image-name: refused by the kubelet (and Docker's parser, via cri-dockerd)
    ("invalid-image-name", "kubelet", KUBELET_NAME, None, "MyApp:1.0",
     'Failed to apply default image tag "MyApp:1.0": couldn\'t parse image name "MyApp:1.0": '
     'invalid reference format: repository name must be lowercase'),
    ("invalid-image-name", "kubelet-1.25", KUBELET_NAME, None, "nginx:1.27 ",
     'Failed to apply default image tag "nginx:1.27 ": couldn\'t parse image reference '
     '"nginx:1.27 ": invalid reference format'),
    ("invalid-image-name", "docker", RUNTIME, "Unknown", "registry.example.com/team/app:v1+build",
     'Error response from daemon: invalid reference format'),
]

# Causes that only one runtime (or only the kubelet) can produce; they still need two
# distinct base messages.
SINGLE_SOURCE = {"pull-qps-exceeded", "short-name-unresolved", "signature-invalid"}


def wrappings(kind, code, spec, text):
    if kind == RUNTIME:
        rpc = f"rpc error: code = {code} desc = {text}"
        failed = f'Failed to pull image "{spec}": '
        return {
            "a": failed + rpc,
            "b": rpc,
            "c": f'Back-off pulling image "{spec}": ErrImagePull: {rpc}',
            "d": "spec.containers{app}: " + failed + rpc,
            "e": "(combined from similar events): " + failed + rpc,
            "f": failed + text,
            "g": "spec.containers{app}: " + failed + text,
        }
    if kind == KUBELET_PULL:
        failed = f'Failed to pull image "{spec}": {text}'
        return {
            "a": failed,
            "b": text,
            "c": f'Back-off pulling image "{spec}": ErrImagePull: {text}',
            "d": "spec.containers{app}: " + failed,
            "e": "(combined from similar events): " + failed,
        }
    if kind == KUBELET_WAIT:
        return {"b": text, "c": f'Back-off pulling image "{spec}": {code}: {text}'}
    if kind == KUBELET_NAME:
        return {
            "event": text,
            "d": "spec.containers{app}: " + text,
            "e": "(combined from similar events): " + text,
        }
    raise ValueError(kind)


def escape(message):
    return message.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    runtimes = defaultdict(set)
    wordings = defaultdict(set)
    for cause, runtime, kind, code, spec, text in BASES:
        runtimes[cause].add(runtime)
        wordings[cause].add((spec, text))
        for _, message in sorted(wrappings(kind, code, spec, text).items()):
            rows.append((cause, message))
    for cause in wordings:
        if cause in SINGLE_SOURCE:
            assert len(wordings[cause]) >= 2, cause
        else:
            assert len(runtimes[cause]) >= 2, f"{cause}: only {runtimes[cause]}"
    seen = set()
    with open(os.path.join(here, "corpus.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by gen_corpus.py; do not edit. cause-id<TAB>message "
                  "(\\n = newline, \\\\ = backslash)\n")
        for cause, message in rows:
            if message in seen:
                continue
            seen.add(message)
            out.write(f"{cause}\t{escape(message)}\n")
    print(f"{len(seen)} rows, {len(wordings)} causes")


if __name__ == "__main__":
    main()
