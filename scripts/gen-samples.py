#!/usr/bin/env python3
"""Generate PullScope's bundled training cluster.

Writes, from one scenario table and one kubelet simulation:

  resources/samples/training-cluster.json          kubectl get nodes,secrets,serviceaccounts,deployments,pods,events -A -o json
  resources/samples/training-cluster.yaml          the same objects as -o yaml
  resources/samples/training-cluster.describe.txt  kubectl describe pod -A (kubectl 1.32 layout)
  resources/samples/training-cluster.events.txt    kubectl get events -A
  resources/samples/README.md                      the scenario table
  tests/data/samples/expected.tsv                  the diagnosis each pod must get

Python 3 standard library only. Deterministic: every "random" choice is a hash of a
label, so the output never changes between runs or Python versions.

Usage: scripts/gen-samples.py [--root DIR]   (DIR defaults to the repository root)

Why a simulation instead of hand-written events: the kubelet's event stream has
properties that are easy to get subtly wrong by hand and that the diagnosis relies on:
image back-off (10 s doubling to 300 s), pod-worker retries every 10-15 s, client-go's
event correlator (identical events become count+1 patches; a per-pod token bucket of
25 events refilled at 1 per 5 min drops the rest) and the API server's 1 h event TTL.
Together they decide which events survive, their counts and their ages -- for example
why only BackOff events are left for a pod that has failed for hours.
"""

import argparse
import base64
import datetime as dt
import functools
import hashlib
import json
import os
import re
import sys

# --------------------------------------------------------------------------------------
# Clock and deterministic "randomness"
# --------------------------------------------------------------------------------------

NOW = dt.datetime(2026, 2, 3, 9, 24, 0, tzinfo=dt.timezone.utc)
NS = 1_000_000_000
NOW_NS = int(NOW.timestamp()) * NS
EVENT_TTL_NS = 3600 * NS            # kube-apiserver --event-ttl default
SPAM_BURST = 25                     # client-go EventSourceObjectSpamFilter defaults
SPAM_QPS = 1.0 / 300.0
AGG_MAX_EVENTS = 10                 # client-go EventAggregator defaults
AGG_INTERVAL_NS = 600 * NS


def _h(label):
    return hashlib.sha256(label.encode()).hexdigest()


def frac(label):
    return int(_h(label)[:13], 16) / float(16 ** 13)


def between(label, lo, hi):
    return lo + (hi - lo) * frac(label)


def hexid(label, n=64):
    out = ''
    i = 0
    while len(out) < n:
        out += _h('%s#%d' % (label, i))
        i += 1
    return out[:n]


def uid(label):
    x = hexid('uid:' + label, 32)
    return '%s-%s-4%s-%s%s-%s' % (x[:8], x[8:12], x[13:16], '89ab'[int(x[16], 16) % 4], x[17:20], x[20:32])


def digest(label):
    return 'sha256:' + hexid('digest:' + label)


K8S_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789'   # apimachinery util/rand alphanums


def k8srand(label, n):
    x = _h('rand:' + label)
    return ''.join(K8S_ALPHABET[int(x[2 * i:2 * i + 2], 16) % len(K8S_ALPHABET)] for i in range(n))


def ago(seconds):
    return NOW_NS - int(round(seconds * NS))


def ts(ns):
    """metav1.Time as JSON: RFC 3339, whole seconds, UTC."""
    return dt.datetime.fromtimestamp(ns // NS, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def ts_micro(ns):
    """metav1.MicroTime as JSON: RFC 3339 with exactly 6 fractional digits."""
    base = dt.datetime.fromtimestamp(ns // NS, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S')
    return '%s.%06dZ' % (base, (ns % NS) // 1000)


def rfc1123z(ns):
    return dt.datetime.fromtimestamp(ns // NS, dt.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')


def human_duration(seconds):
    """apimachinery util/duration.HumanDuration for a whole number of seconds."""
    if seconds < -1:
        return '<invalid>'
    if seconds < 0:
        return '0s'
    if seconds < 120:
        return '%ds' % seconds
    minutes = seconds // 60
    if minutes < 10:
        s = seconds % 60
        return '%dm' % minutes if s == 0 else '%dm%ds' % (minutes, s)
    if minutes < 180:
        return '%dm' % minutes
    hours = seconds // 3600
    if hours < 8:
        m = minutes % 60
        return '%dh' % hours if m == 0 else '%dh%dm' % (hours, m)
    if hours < 48:
        return '%dh' % hours
    if hours < 24 * 8:
        h = hours % 24
        return '%dd' % (hours // 24) if h == 0 else '%dd%dh' % (hours // 24, h)
    return '%dd' % (hours // 24)


def since(ns):
    """kubectl's translateTimestampSince against NOW, on the second-truncated value."""
    return human_duration((NOW_NS - (ns // NS) * NS) // NS)


def since_micro(ns):
    return human_duration((NOW_NS - ns) // NS)


def go_duration(ns):
    """time.Duration.String()."""
    if ns == 0:
        return '0s'
    if ns < NS:
        if ns < 1000:
            return '%dns' % ns
        unit, prec = ('\u00b5s', 3) if ns < 1_000_000 else ('ms', 6)
        ip, fp = divmod(ns, 10 ** prec)
        f = str(fp).rjust(prec, '0').rstrip('0')
        return '%d%s%s' % (ip, '.' + f if f else '', unit)
    secs, fp = divmod(ns, NS)
    f = str(fp).rjust(9, '0').rstrip('0')
    out = '%d%ss' % (secs % 60, '.' + f if f else '')
    mins = secs // 60
    if mins:
        out = '%dm' % (mins % 60) + out
        if mins // 60:
            out = '%dh' % (mins // 60) + out
    return out


def trunc_ms(ns):
    return ns - ns % 1_000_000


# --------------------------------------------------------------------------------------
# Nodes
# --------------------------------------------------------------------------------------

class Node:
    def __init__(self, name, kubelet, runtime, arch, ip, idx, os_image, kernel, created_days, pause):
        self.name = name
        self.kubelet = kubelet
        self.kv = tuple(int(x) for x in kubelet.lstrip('v').split('.')[:2])
        self.runtime = runtime
        self.rt = runtime.split('://')[0]          # containerd, cri-o, docker
        self.arch = arch
        self.ip = ip
        self.idx = idx
        self.os_image = os_image
        self.kernel = kernel
        self.created_ns = ago(created_days * 86400 + between(name + ':created', 0, 40000))
        self.pause = pause
        self.next_ip = 20 + idx * 7
        self.images = {}                             # ref -> size, images on the node


NODES = {n.name: n for n in [
    Node('node-01', 'v1.28.9', 'containerd://1.7.13', 'amd64', '10.20.0.11', 1,
         'Ubuntu 22.04.4 LTS', '5.15.0-105-generic', 143, '3.9'),
    Node('node-02', 'v1.30.4', 'containerd://1.7.20', 'amd64', '10.20.0.12', 2,
         'Ubuntu 22.04.5 LTS', '6.8.0-45-generic', 97, '3.9'),
    Node('node-03', 'v1.32.2', 'containerd://2.0.2', 'amd64', '10.20.0.13', 3,
         'Ubuntu 24.04.1 LTS', '6.8.0-51-generic', 41, '3.10'),
    Node('node-04', 'v1.31.1', 'cri-o://1.31.0', 'amd64', '10.20.0.14', 4,
         'Fedora CoreOS 40.20240906.3.0', '6.10.7-200.fc40.x86_64', 63, '3.10'),
    Node('node-05', 'v1.30.4', 'containerd://1.7.20', 'arm64', '10.20.0.15', 5,
         'Ubuntu 22.04.5 LTS', '6.8.0-1015-aws', 97, '3.9'),
    Node('node-06', 'v1.27.16', 'containerd://1.6.21', 'amd64', '10.20.0.16', 6,
         'Ubuntu 20.04.6 LTS', '5.4.0-190-generic', 402, '3.9'),
    Node('node-07', 'v1.27.16', 'docker://24.0.9', 'amd64', '10.20.0.17', 7,
         'Ubuntu 20.04.6 LTS', '5.4.0-190-generic', 402, '3.9'),
]}

# What each node's status.images lists besides the scenario images (ref, size).
BASE_IMAGES = {
    'containerd': [('docker.io/calico/node:v3.27.3', 116498765), ('docker.io/calico/cni:v3.27.3', 94536121),
                   ('KUBEPROXY', 28623584), ('PAUSE', 320368)],
    'cri-o': [('docker.io/calico/node:v3.27.3', 118003214), ('docker.io/calico/cni:v3.27.3', 95813950),
              ('KUBEPROXY', 29107331), ('PAUSE', 742080)],
    'docker': [('calico/node:v3.27.3', 339871512), ('calico/cni:v3.27.3', 209314176),
               ('KUBEPROXY', 73116288), ('PAUSE', 743952)],
}


def normalize_ref(ref):
    """containerd/CRI-O style fully qualified reference."""
    name, tag = ref, None
    if '@' in name:
        name = name.split('@')[0]
    last = name.rsplit('/', 1)[-1]
    if ':' in last:
        name, tag = name.rsplit(':', 1)
    first = name.split('/')[0]
    if '/' not in name or not ('.' in first or ':' in first or first == 'localhost'):
        if '/' not in name:
            name = 'library/' + name
        name = 'docker.io/' + name
    return name, tag or 'latest'


def familiar_ref(ref):
    """Docker's familiar form (docker.io/library/ dropped)."""
    name, tag = normalize_ref(ref)
    if name.startswith('docker.io/library/'):
        name = name[len('docker.io/library/'):]
    elif name.startswith('docker.io/'):
        name = name[len('docker.io/'):]
    return name, tag


def repo_digest_names(node, ref):
    """(digest name, tag name) as the runtime reports them."""
    if node.rt == 'docker':
        name, tag = familiar_ref(ref)
    else:
        name, tag = normalize_ref(ref)
    d = digest(normalize_ref(ref)[0] + ':' + normalize_ref(ref)[1])
    return '%s@%s' % (name, d), '%s:%s' % (name, tag)


def status_image(node, ref):
    return repo_digest_names(node, ref)[1]


def status_image_id(node, ref):
    d = repo_digest_names(node, ref)[0]
    return 'docker-pullable://' + d if node.rt == 'docker' else d


def container_id(node, label):
    return '%s://%s' % (node.rt, hexid('ctr:' + label))


# --------------------------------------------------------------------------------------
# Message formats per kubelet version (see shared/reference/upstream-facts.md 1.2-1.4)
# --------------------------------------------------------------------------------------

def q(s):
    """Go %q for the plain ASCII strings used here."""
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def msg_pulled(node, image, pull_ns, wait_ns, size):
    if node.kv >= (1, 30):
        return 'Successfully pulled image %s in %s (%s including waiting). Image size: %d bytes.' % (
            q(image), go_duration(trunc_ms(pull_ns)), go_duration(trunc_ms(wait_ns)), size)
    if node.kv >= (1, 28):
        return 'Successfully pulled image %s in %s (%s including waiting)' % (
            q(image), go_duration(trunc_ms(pull_ns)), go_duration(trunc_ms(wait_ns)))
    return 'Successfully pulled image %s in %s (%s including waiting)' % (
        q(image), go_duration(pull_ns), go_duration(wait_ns))


def runtime_error_text(node, err):
    """What the kubelet sees from the CRI.  1.28+ strips `rpc error: code = Unknown desc = `
    from PullImage errors (kubernetes PR #117612); other codes keep the prefix."""
    code, desc = err['code'], err['text']
    if code is None:                  # kubelet-internal, e.g. pull QPS exceeded
        return desc
    if code == 'Unknown' and node.kv >= (1, 28) and err.get('op', 'pull') == 'pull':
        return desc
    return 'rpc error: code = %s desc = %s' % (code, desc)


def eval_pull_error(node, image, text):
    """kubelet evalCRIPullErr (1.28+): returns (waiting reason, waiting message)."""
    if node.kv >= (1, 28):
        for name, phrase in (('RegistryUnavailable', 'the registry is unavailable'),
                             ('SignatureValidationFailed', 'the signature validation failed')):
            if text.startswith(name):
                return name, 'image pull failed for %s because %s%s' % (image, phrase, text[len(name):])
    return 'ErrImagePull', text


def msg_backoff_waiting(node, image, prev):
    base = 'Back-off pulling image %s' % q(image)
    if node.kv >= (1, 32) and prev:
        return '%s: %s: %s' % (base, prev[0], prev[1])
    return base


# --------------------------------------------------------------------------------------
# Scenario model
# --------------------------------------------------------------------------------------

def default_policy(image):
    """pkg/apis/core/v1/defaults.go: tag latest (or none) -> Always, else IfNotPresent.
    An unparsable name (upper case) leaves the tag empty, so IfNotPresent."""
    if image != image.lower():
        return 'IfNotPresent'
    name = image.split('@')[0]
    last = name.rsplit('/', 1)[-1]
    tag = last.split(':', 1)[1] if ':' in last else ''
    if '@' in image and not tag:
        return 'IfNotPresent'
    return 'Always' if tag in ('', 'latest') else 'IfNotPresent'


def err(code, text, lo, hi, op='pull'):
    """A runtime failure: gRPC code (None for kubelet-internal), inner text (a string or a
    function of the failure time in ns), and how long the attempt ran, in seconds."""
    return {'code': code, 'text': text, 'dur': (lo, hi), 'op': op}


class Ctr:
    def __init__(self, name, image, kind='container', policy=None, present=False, pull=None,
                 special=None, after='run', ports=(), env=(), resources=None, command=None,
                 added_ago=None, target=None):
        self.name = name
        self.image = image
        self.kind = kind                      # container / init / ephemeral
        self.policy = policy or default_policy(image)
        self.present = present                # image already on the node
        self.pull = pull                      # fn(attempt, start_ns) -> outcome
        self.special = special                # never / invalid / inspect:<err>
        self.after = after                    # run / ('crash', secs, code) / ('config', msg)
        self.ports = ports
        self.env = env
        self.resources = resources
        self.command = command
        self.added_ago = added_ago            # ephemeral containers
        self.target = target
        self.reset()

    def reset(self):
        """Forget everything a simulation run changed."""
        self.state = 'new'
        self.attempts = 0
        self.backoff = None                   # [backoff_ns, last_update_ns]
        self.crash_backoff = None
        self.prev = None
        self.waiting = None                   # (reason, message or None)
        self.started_ns = None
        self.exit_at = None
        self.last_term = None
        self.restarts = 0
        self.pulled_ns = None
        self.cid_seq = 0

    @property
    def field_path(self):
        return {'container': 'spec.containers{%s}',
                'init': 'spec.initContainers{%s}',
                'ephemeral': 'spec.ephemeralContainers{%s}'}[self.kind] % self.name


class Pod:
    def __init__(self, ns, name, node, created_ago, containers, scenario, expect, owner=None,
                 labels=None, sa='default', pull_secrets=(), seed=None, notes='', restart='Always',
                 align_now=False, align_fail=None, hostname=None, subdomain=None, annotations=None):
        self.ns = ns
        self.name = name
        self.node = NODES[node]
        self.created_ns = ago(created_ago)
        self.containers = containers
        self.scenario = scenario
        self.expect = expect                  # list of (container, state, step, cause, forms, comment)
        self.owner = owner                    # (kind, name, apiVersion)
        self.labels = labels or {}
        self.sa = sa
        self.pull_secrets = list(pull_secrets)
        self.seed = seed or '-'
        self.notes = notes
        self.restart = restart
        self.align_now = align_now
        self.align_fail = align_fail
        self.hostname = hostname
        self.subdomain = subdomain
        self.annotations = annotations or {}
        self.uid = uid('pod:%s/%s' % (ns, name))
        self.events = {}                      # name -> API event (after correlation)
        self.occurrences = []                 # every emitted occurrence (for checks)

    @property
    def init(self):
        return [c for c in self.containers if c.kind == 'init']

    @property
    def main(self):
        return [c for c in self.containers if c.kind == 'container']

    @property
    def ephemeral(self):
        return [c for c in self.containers if c.kind == 'ephemeral']


# --------------------------------------------------------------------------------------
# client-go event correlation as the kubelet runs it
# --------------------------------------------------------------------------------------

class Recorder:
    """One kubelet's EventCorrelator (aggregator, logger cache, spam filter) plus the API
    server's view of the resulting Event objects, for one pod."""

    def __init__(self, pod):
        self.pod = pod
        self.cache = {}
        self.agg = {}
        self.tokens = float(SPAM_BURST)
        self.token_t = None

    def emit(self, t, ctr, etype, reason, message):
        if t > NOW_NS:
            return
        pod = self.pod
        fieldpath = ctr.field_path if ctr is not None else None
        pod.occurrences.append((t, fieldpath, etype, reason, message))
        akey = (etype, reason)
        rec = self.agg.get(akey)
        if rec is None or t - rec['last'] > AGG_INTERVAL_NS:
            rec = {'keys': [], 'last': t}
        if message not in rec['keys']:
            rec['keys'].append(message)
        rec['last'] = t
        self.agg[akey] = rec
        if len(rec['keys']) >= AGG_MAX_EVENTS:
            rec['keys'].pop(0)
            message = '(combined from similar events): ' + message
            ekey = ('aggregate', etype, reason)
        else:
            ekey = (fieldpath, etype, reason, message)
        seen = self.cache.get(ekey)
        if seen:
            seen['count'] += 1
        else:
            seen = {'count': 1, 'first': t, 'name': '%s.%x' % (pod.name, t)}
            self.cache[ekey] = seen
        # EventSourceObjectSpamFilter: one token bucket per source+object.
        if self.token_t is not None:
            self.tokens = min(float(SPAM_BURST), self.tokens + (t - self.token_t) / NS * SPAM_QPS)
        self.token_t = t
        if self.tokens < 1.0:
            return
        self.tokens -= 1.0
        ev = pod.events.get(seen['name'])
        if ev is not None and t - ev['last_write'] > EVENT_TTL_NS:
            ev = None                         # deleted by the TTL; the patch 404s, so create
        if ev is None:
            ev = {'name': seen['name'], 'created': t, 'first': seen['first'], 'fieldPath': fieldpath,
                  'type': etype, 'reason': reason, 'source': 'kubelet'}
            pod.events[seen['name']] = ev
        ev.update(count=seen['count'], last=t, message=message, last_write=t)


# --------------------------------------------------------------------------------------
# The kubelet, as far as image pulls and container starts go
# --------------------------------------------------------------------------------------

def jitter(label, base=10.0, factor=0.5):
    return int(base * (1 + factor * frac(label)) * NS)


class Kubelet:
    def __init__(self, pod):
        self.pod = pod
        self.node = pod.node
        self.rec = Recorder(pod)
        self.us = 0

    def tick(self, t, step_us=None):
        self.us += 1
        return t + (step_us if step_us is not None else int(between('%s:tick:%d' % (self.pod.name, self.us), 40, 400))) * 1000

    def emit(self, t, ctr, etype, reason, message):
        self.rec.emit(t, ctr, etype, reason, message)

    # -- one container start attempt inside SyncPod ------------------------------------
    def start(self, c, t):
        """Returns (end time, ok, hang)."""
        pod, node = self.pod, self.node
        if c.state == 'exited':
            fin = c.last_term['finished']
            if c.crash_backoff and t - fin < c.crash_backoff[0]:
                self.emit(t, c, 'Warning', 'BackOff', 'Back-off restarting failed container %s in pod %s_%s(%s)'
                          % (c.name, pod.name, pod.ns, pod.uid))
                c.waiting = ('CrashLoopBackOff', 'back-off %s restarting failed container=%s pod=%s_%s(%s)'
                             % (go_duration(c.crash_backoff[0]), c.name, pod.name, pod.ns, pod.uid))
                return t, False, False
            if c.crash_backoff is None or fin - c.crash_backoff[1] > 600 * NS:
                c.crash_backoff = [10 * NS, t]
            else:
                c.crash_backoff = [min(c.crash_backoff[0] * 2, 300 * NS), t]
        # image step (EnsureImageExists)
        if c.special == 'invalid':
            msg = ('Failed to apply default image tag %s: couldn\'t parse image name %s: invalid reference '
                   'format: repository name (library/%s) must be lowercase'
                   % (q(c.image), q(c.image), c.image.split(':')[0]))
            self.emit(t, c, 'Warning', 'InspectFailed', msg)
            t = self.tick(t)
            self.emit(t, c, 'Warning', 'Failed', 'Error: InvalidImageName')
            c.waiting = ('InvalidImageName', msg)
            return t, False, False
        if c.special and c.special.startswith('inspect:'):
            inner = runtime_error_text(node, {'code': 'Unknown', 'text': c.special[8:], 'op': 'status'})
            shown = '' if node.kv >= (1, 31) else c.image
            msg = 'Failed to inspect image %s: %s' % (q(shown), inner)
            self.emit(t, c, 'Warning', 'InspectFailed', msg)
            t = self.tick(t)
            self.emit(t, c, 'Warning', 'Failed', 'Error: ImageInspectError')
            c.waiting = ('ImageInspectError', msg)
            return t, False, False
        if c.policy != 'Always' and c.present:
            self.emit(t, c, 'Normal', 'Pulled', 'Container image %s already present on machine' % q(c.image))
            t = self.tick(t)
        elif c.policy == 'Never':
            msg = 'Container image %s is not present with pull policy of Never' % q(c.image)
            self.emit(t, c, 'Warning', 'ErrImageNeverPull', msg)
            t = self.tick(t)
            self.emit(t, c, 'Warning', 'Failed', 'Error: ErrImageNeverPull')
            c.waiting = ('ErrImageNeverPull', msg)
            return t, False, False
        else:
            if c.backoff and t - c.backoff[1] < c.backoff[0]:
                self.emit(t, c, 'Normal', 'BackOff', 'Back-off pulling image %s' % q(c.image))
                t = self.tick(t)
                self.emit(t, c, 'Warning', 'Failed', 'Error: ImagePullBackOff')
                c.waiting = ('ImagePullBackOff', msg_backoff_waiting(node, c.image, c.prev))
                return t, False, False
            self.emit(t, c, 'Normal', 'Pulling', 'Pulling image %s' % q(c.image))
            outcome = c.pull(c.attempts, t)
            c.attempts += 1
            if outcome[0] == 'hang':
                if c.waiting is None:
                    c.waiting = ('ContainerCreating', None)
                return t, False, True
            label = '%s/%s:attempt%d' % (pod.name, c.name, c.attempts)
            if outcome[0] == 'fail':
                e = outcome[1]
                tf = t + int(between(label, e['dur'][0], e['dur'][1]) * NS)
                if tf > NOW_NS:
                    return t, False, True
                raw = e['text'](tf) if callable(e['text']) else e['text']
                text = runtime_error_text(node, dict(e, text=raw))
                self.emit(tf, c, 'Warning', 'Failed', 'Failed to pull image %s: %s' % (q(c.image), text))
                if c.backoff is None or tf - c.backoff[1] > 600 * NS:
                    c.backoff = [10 * NS, tf]
                else:
                    c.backoff = [min(c.backoff[0] * 2, 300 * NS), tf]
                reason, wmsg = eval_pull_error(node, c.image, text)
                t = self.tick(tf)
                self.emit(t, c, 'Warning', 'Failed', 'Error: %s' % reason)
                c.waiting = (reason, wmsg)
                c.prev = (reason, wmsg)
                return t, False, False
            # success
            _, pull_s, size = outcome
            pull_ns = int(pull_s * NS)
            wait_ns = pull_ns + int(between(label + ':wait', 0.2, 1.6) * 1_000_000)
            tf = t + wait_ns
            if tf + NS > NOW_NS:
                return t, False, True
            self.emit(tf, c, 'Normal', 'Pulled', msg_pulled(node, c.image, pull_ns, wait_ns, size))
            c.present = True
            c.pulled_ns = tf
            c.backoff = None
            c.prev = None
            node.images[c.image] = size
            t = self.tick(tf)
        # container creation
        if isinstance(c.after, tuple) and c.after[0] == 'config':
            t = self.tick(t, int(between('%s:cfg:%d' % (pod.name, self.us), 900, 2500)))
            self.emit(t, c, 'Warning', 'Failed', 'Error: %s' % c.after[1])
            c.waiting = ('CreateContainerConfigError', c.after[1])
            return t, False, False
        t = self.tick(t, int(between('%s:create:%d' % (pod.name, self.us), 25000, 90000)))
        c.cid_seq += 1
        self.emit(t, c, 'Normal', 'Created', 'Created container %s' % c.name)
        t = self.tick(t, int(between('%s:startc:%d' % (pod.name, self.us), 180000, 650000)))
        self.emit(t, c, 'Normal', 'Started', 'Started container %s' % c.name)
        if c.state == 'exited':
            c.restarts += 1
        c.state = 'running'
        c.started_ns = t
        c.waiting = None
        if isinstance(c.after, tuple) and c.after[0] == 'crash':
            c.exit_at = t + int(between('%s:run:%d' % (pod.name, c.restarts), c.after[1], c.after[1] + 1.2) * NS)
        return t, True, False

    # -- SyncPod ---------------------------------------------------------------------
    def sync(self, s):
        pod = self.pod
        t = s
        wake = None
        for c in pod.containers:
            if c.state == 'running' and c.exit_at is not None and c.exit_at <= s:
                c.last_term = {'started': c.started_ns, 'finished': c.exit_at, 'code': c.after[2],
                               'cid': container_id(self.node, '%s/%s#%d' % (pod.uid, c.name, c.cid_seq))}
                c.state = 'exited'
                c.exit_at = None
        if pod.missing_secrets:
            self.emit(t, None, 'Warning', 'FailedToRetrieveImagePullSecret',
                      'Unable to retrieve some image pull secrets (%s); attempting to pull the image may not '
                      'succeed.' % ', '.join(pod.missing_secrets))
            t = self.tick(t)
        ok_all = True
        inits_done = True
        for c in pod.init:
            if c.state != 'done':
                inits_done = False
                t, ok, hang = self.start(c, t)
                if hang:
                    return t, False, True, None
                ok_all = ok_all and ok
                break
        if inits_done:
            for c in pod.main:
                if c.state == 'running':
                    continue
                t, ok, hang = self.start(c, t)
                if hang:
                    return t, False, True, None
                ok_all = ok_all and ok
        else:
            for c in pod.main:
                c.waiting = ('PodInitializing', None)
        for c in pod.ephemeral:
            if c.state == 'running' or ago(c.added_ago) > s:
                continue
            t, ok, hang = self.start(c, t)
            if hang:
                return t, False, True, None
            ok_all = ok_all and ok
        for c in pod.containers:
            if c.state == 'running' and c.exit_at is not None:
                w = c.exit_at + int(between('%s:pleg:%d' % (pod.name, c.restarts), 0.3, 1.1) * NS)
                wake = w if wake is None else min(wake, w)
        return t, ok_all, False, wake

    def run(self):
        pod = self.pod
        pod.scheduled_ns = pod.created_ns + int(between(pod.name + ':sched', 0.012, 0.09) * NS)
        pod.start_ns = pod.created_ns + int(between(pod.name + ':start', 0.2, 0.6) * NS)
        pod.sandbox_ns = pod.created_ns + int(between(pod.name + ':sandbox', 0.9, 2.2) * NS)
        for c in pod.containers:
            c.waiting = ('PodInitializing', None) if (pod.init and c.kind == 'container') else ('ContainerCreating', None)
        s = pod.sandbox_ns
        pod.first_sync_ns = s
        n = 0
        while s <= NOW_NS:
            pod.last_sync_ns = s
            end, ok, hang, wake = self.sync(s)
            n += 1
            if hang:
                break
            nxt = end + (jitter('%s:sync:%d' % (pod.name, n)) if not ok else
                         jitter('%s:resync:%d' % (pod.name, n), 60.0))
            if wake is not None and wake < nxt:
                nxt = wake
            s = nxt
        # the API server's TTL, as seen at NOW
        for name in list(pod.events):
            if NOW_NS - pod.events[name]['last_write'] > EVENT_TTL_NS:
                del pod.events[name]
        if NOW_NS - pod.scheduled_ns <= EVENT_TTL_NS:
            name = '%s.%x' % (pod.name, pod.scheduled_ns)
            pod.events[name] = {'name': name, 'created': pod.scheduled_ns, 'first': None, 'last': None,
                                'eventTime': pod.scheduled_ns, 'fieldPath': None, 'type': 'Normal',
                                'reason': 'Scheduled', 'source': 'default-scheduler', 'count': None,
                                'message': 'Successfully assigned %s/%s to %s' % (pod.ns, pod.name, pod.node.name),
                                'last_write': pod.scheduled_ns}


# --------------------------------------------------------------------------------------
# Pull outcomes
# --------------------------------------------------------------------------------------

def always(e):
    return lambda i, t: ('fail', e)


def succeed(seconds, size):
    return lambda i, t: ('ok', seconds, size)


def hang():
    return lambda i, t: ('hang',)


def fail_until(e, until_ns, seconds, size):
    return lambda i, t: ('fail', e) if t < until_ns else ('ok', seconds, size)


# --------------------------------------------------------------------------------------
# Owners and names the way the controllers make them
# --------------------------------------------------------------------------------------

def from_deployment(ns, app, salt='', rs_hash=None, suffix=None):
    rs_hash = rs_hash or k8srand('rs:%s/%s' % (ns, app), 10)
    suffix = suffix or k8srand('pod:%s/%s%s' % (ns, app, salt), 5)
    return dict(name='%s-%s-%s' % (app, rs_hash, suffix),
                owner=('ReplicaSet', '%s-%s' % (app, rs_hash), 'apps/v1'),
                labels={'app': app, 'pod-template-hash': rs_hash})


def from_statefulset(ns, sts):
    name = sts + '-0'
    return dict(name=name, owner=('StatefulSet', sts, 'apps/v1'), hostname=name, subdomain=sts,
                labels={'app': sts, 'apps.kubernetes.io/pod-index': '0',
                        'controller-revision-hash': '%s-%s' % (sts, k8srand('rev:' + sts, 10)),
                        'statefulset.kubernetes.io/pod-name': name})


def from_job(ns, job):
    job_uid = uid('job:%s/%s' % (ns, job))
    return dict(name='%s-%s' % (job, k8srand('jobpod:' + job, 5)), owner=('Job', job, 'batch/v1'),
                labels={'batch.kubernetes.io/controller-uid': job_uid, 'batch.kubernetes.io/job-name': job,
                        'controller-uid': job_uid, 'job-name': job})


def from_daemonset(ns, ds, node):
    return dict(name='%s-%s' % (ds, k8srand('dspod:%s/%s' % (ds, node), 5)), owner=('DaemonSet', ds, 'apps/v1'),
                labels={'app': ds, 'controller-revision-hash': k8srand('dsrev:' + ds, 10),
                        'pod-template-generation': '1'})


def pod(ns, kind, name, node, created_ago, containers, scenario, expect, **kw):
    if kind == 'deploy':
        meta = from_deployment(ns, name, **kw.pop('deploy', {}))
    elif kind == 'sts':
        meta = from_statefulset(ns, name)
    elif kind == 'job':
        meta = from_job(ns, name)
    elif kind == 'ds':
        meta = from_daemonset(ns, name, node)
    else:
        meta = dict(name=name, owner=None, labels=kw.pop('labels', {'run': name}))
    extra = {k: meta[k] for k in ('hostname', 'subdomain') if k in meta}
    return Pod(ns, meta['name'], node, created_ago, containers, scenario, expect, owner=meta['owner'],
               labels=meta['labels'], **extra, **kw)


ALL = 'json,yaml,describe,events'
NO_EVENTS = 'json,yaml,describe'
HUB = 'https://registry-1.docker.io/v2'
GPU = {'limits': {'memory': '32Gi', 'nvidia.com/gpu': '1'}, 'requests': {'cpu': '8', 'memory': '32Gi', 'nvidia.com/gpu': '1'}}
SMALL = {'limits': {'memory': '512Mi'}, 'requests': {'cpu': '100m', 'memory': '256Mi'}}


def not_found(ref):
    return err('NotFound', 'failed to pull and unpack image %s: failed to resolve reference %s: %s: not found'
               % (q(ref), q(ref), ref), 0.6, 1.4)


def resolve_fail(ref, tail, lo, hi, code='Unknown'):
    prefix = 'failed to pull and unpack image %s: failed to resolve reference %s: ' % (q(ref), q(ref))
    return err(code, (lambda tf: prefix + tail(tf)) if callable(tail) else prefix + tail, lo, hi)


def build_pods():
    P = []
    one = lambda ctr, state, step, cause, forms=ALL, comment=None: [(ctr, state, step, cause, forms, comment)]

    # 1 healthy-cached
    P.append(pod('training', 'deploy', 'dataset-indexer', 'node-01', 32 * 60 + 10,
                 [Ctr('indexer', 'python:3.11-alpine', present=True, command=['python', '-m', 'indexer'])],
                 'healthy-cached', one('indexer', 'ok', '-', '-'),
                 notes='IfNotPresent, image listed in node status; Pulled "already present on machine"'))
    # 2 healthy-pulled
    P.append(pod('training', 'deploy', 'model-registry-ui', 'node-02', 18 * 60 + 5,
                 [Ctr('ui', 'ghcr.io/acme/model-registry-ui:latest', pull=succeed(4.187412, 48230112), ports=[8080])],
                 'healthy-pulled', one('ui', 'ok', '-', '-'),
                 notes='tag latest defaults to Always; Pulled with durations and image size (1.30)'))
    # 3 pull-in-progress
    P.append(pod('training', 'deploy', 'triton-infer', 'node-03', 2 * 60 + 11,
                 [Ctr('triton', 'nvcr.io/nvidia/tritonserver:24.12-py3', pull=hang(), resources=GPU, ports=[8000, 8001])],
                 'pull-in-progress', one('triton', 'pulling', '-', '-'),
                 notes='Pulling 2 minutes ago, no result yet; waiting ContainerCreating'))
    # 4 pull-stalled
    P.append(pod('training', 'job', 'llm-finetune', 'node-06', 25 * 60 + 40,
                 [Ctr('trainer', 'harbor.example.com/nvidia/pytorch:24.01-py3', pull=hang(), resources=GPU,
                      command=['torchrun', '--nproc_per_node=1', 'finetune.py'])],
                 'pull-stalled', one('trainer', 'failing', 'pulling', 'pull-stalled'), restart='Never',
                 notes='Pulling 25 minutes ago, no result; containerd 1.6 has no image_pull_progress_timeout'))
    # 5 image-not-found (seed 4.1 / 6.1)
    P.append(pod('training', 'deploy', 'nginx-deployment', 'node-03', 90,
                 [Ctr('nginx', 'nginx:1.25.999', ports=[80],
                      pull=always(dict(not_found('docker.io/library/nginx:1.25.999'), dur=(3.4, 4.2))))],
                 'image-not-found', one('nginx', 'failing', 'pull-failed', 'image-not-found'),
                 deploy={'rs_hash': '7d5bc8f9c6', 'suffix': 'xqz2k'}, seed='4.1, 6.1',
                 notes='containerd NotFound; 1.32 ImagePullBackOff message carries the ErrImagePull text'))
    # 6 unauthorized (seed 5.2.1), containerd 1.7 token fetch
    ref = 'harbor.example.com/ml/trainer:2.3.0'
    P.append(pod('training', 'deploy', 'feature-trainer', 'node-02', 9 * 60 + 3,
                 [Ctr('trainer', ref, pull=always(resolve_fail(ref,
                      'failed to authorize: failed to fetch oauth token: unexpected status from GET request to '
                      'https://harbor.example.com/service/token?scope=repository%3Aml%2Ftrainer%3Apull&'
                      'service=harbor-registry: 401 Unauthorized', 0.3, 0.7)))],
                 'unauthorized', one('trainer', 'failing', 'pull-failed', 'unauthorized'),
                 pull_secrets=['trainer-robot'], seed='5.2.1',
                 notes='secret trainer-robot matches the host but its robot token was revoked'))
    # 7 access-denied
    ref = 'docker.io/acme/ml-pipeline:2.0'
    P.append(pod('training', 'deploy', 'ml-pipeline-runner', 'node-01', 14 * 60 + 22,
                 [Ctr('runner', 'acme/ml-pipeline:2.0', pull=always(resolve_fail(ref,
                      'pull access denied, repository does not exist or may require authorization: server message: '
                      'insufficient_scope: authorization failed', 0.6, 1.0)))],
                 'access-denied', one('runner', 'failing', 'pull-failed', 'access-denied'),
                 notes='Docker Hub repository does not exist (or is private) and no credentials'))
    # 8 forbidden
    ref = 'registry.partner.example.com/vision/detector:1.4.2'
    P.append(pod('training', 'deploy', 'detector-api', 'node-03', 7 * 60 + 41,
                 [Ctr('detector', ref, ports=[9000], pull=always(resolve_fail(ref,
                      'unexpected status from HEAD request to https://registry.partner.example.com/v2/vision/detector/'
                      'manifests/1.4.2: 403 Forbidden', 0.1, 0.3)))],
                 'forbidden', one('detector', 'failing', 'pull-failed', 'forbidden'),
                 notes='403 on the manifest HEAD (the partner registry blocks this client network)'))
    # 9 pull-secret-missing
    ref = 'acmeml.azurecr.io/ml/evaluator:1.1.0'
    P.append(pod('training', 'deploy', 'evaluator', 'node-02', 6 * 60 + 17,
                 [Ctr('evaluator', ref, pull=always(resolve_fail(ref,
                      'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to '
                      'https://acmeml.azurecr.io/oauth2/token?scope=repository%3Aml%2Fevaluator%3Apull&'
                      'service=acmeml.azurecr.io: 401 Unauthorized', 0.2, 0.4)))],
                 'pull-secret-missing', one('evaluator', 'failing', 'pull-failed', 'pull-secret-missing'),
                 pull_secrets=['regcred'], seed='1.4b',
                 notes='imagePullSecrets [regcred] is not in the Secret list; FailedToRetrieveImagePullSecret, '
                       'then an anonymous 401'))
    # 10 secret missing but the public image pulls
    P.append(pod('training', 'deploy', 'docs-site', 'node-01', 21 * 60 + 30,
                 [Ctr('nginx', 'nginx:1.27.3', ports=[80], pull=succeed(2.873604, 72955450))],
                 'secret-missing-but-pulled', one('nginx', 'ok', '-', '-'),
                 pull_secrets=['legacy-regcred'],
                 notes='FailedToRetrieveImagePullSecret on every sync, but the public image pulled (a warning)'))
    # 11 pull-secret-mismatch
    ref = 'harbor.example.com/vision/segmenter:0.9.0'
    P.append(pod('training', 'deploy', 'segmenter-api', 'node-01', 11 * 60 + 48,
                 [Ctr('segmenter', ref, ports=[8080], pull=always(resolve_fail(ref,
                      'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to '
                      'https://harbor.example.com/service/token?scope=repository%3Avision%2Fsegmenter%3Apull&'
                      'service=harbor-registry: 401 Unauthorized', 0.2, 0.4)))],
                 'pull-secret-mismatch',
                 one('segmenter', 'failing', 'pull-failed', 'pull-secret-mismatch', 'json,yaml',
                     'describe,events: no Secret data, so the same pod reads as unauthorized there'),
                 pull_secrets=['other-registry-cred'],
                 notes='secret other-registry-cred only has auths for other.example.com'))
    # 12 rate-limited
    ref = 'docker.io/library/python:3.12-slim'
    P.append(pod('training', 'deploy', 'preprocess', 'node-02', 4 * 60 + 9,
                 [Ctr('preprocess', 'python:3.12-slim', command=['python', 'preprocess.py'], pull=always(err('Unknown',
                      'failed to pull and unpack image %s: failed to copy: httpReadSeeker: failed open: unexpected '
                      'status code %s/library/python/manifests/%s: 429 Too Many Requests - Server message: '
                      'toomanyrequests: You have reached your unauthenticated pull rate limit. '
                      'https://www.docker.com/increase-rate-limit' % (q(ref), HUB, digest('python:3.12-slim/amd64')),
                      1.1, 1.9)))],
                 'rate-limited', one('preprocess', 'failing', 'pull-failed', 'rate-limited'),
                 notes='Docker Hub 429 on the manifest GET (containerd fetcher text, 2025 Docker Hub wording)'))
    # 13 dns-failure (seed 6.2), containerd 1.6 on kubelet 1.27 keeps the rpc prefix
    ref = 'docker.io/library/nginx:1.25.3'
    P.append(pod('training', 'deploy', 'web-frontend', 'node-06', 6 * 60 + 12,
                 [Ctr('nginx', 'nginx:1.25.3', ports=[80], pull=always(resolve_fail(ref,
                      'failed to do request: Head "%s/library/nginx/manifests/1.25.3": dial tcp: lookup '
                      'registry-1.docker.io on 169.254.169.254:53: no such host' % HUB, 0.01, 0.06)))],
                 'dns-failure', one('nginx', 'failing', 'pull-failed', 'dns-failure'), seed='6.2',
                 notes='the legacy pool resolver only serves the private zone'))
    # 14 network-timeout (seed 6.3)
    ref = 'quay.io/prometheus/blackbox-exporter:v0.25.0'
    P.append(pod('training', 'deploy', 'blackbox-exporter', 'node-01', 8 * 60 + 2,
                 [Ctr('exporter', ref, ports=[9115], pull=always(resolve_fail(ref,
                      'failed to do request: Head "https://quay.io/v2/prometheus/blackbox-exporter/manifests/v0.25.0": '
                      'dial tcp 44.193.181.103:443: i/o timeout', 30.0, 30.08)))],
                 'network-timeout', one('exporter', 'failing', 'pull-failed', 'network-timeout'), seed='6.3',
                 notes='egress to quay.io is dropped; each attempt waits out the 30 s dial timeout'))
    # 15 connection-refused
    ref = 'registry.corp.example.com/data/etl-runner:5.1'
    P.append(pod('training', 'deploy', 'etl-runner', 'node-03', 5 * 60 + 26,
                 [Ctr('etl', ref, pull=always(resolve_fail(ref,
                      'failed to do request: Head "https://registry.corp.example.com/v2/data/etl-runner/manifests/5.1": '
                      'dial tcp 10.0.0.1:443: connect: connection refused', 0.003, 0.012)))],
                 'connection-refused', one('etl', 'failing', 'pull-failed', 'connection-refused'), align_fail=7.9,
                 notes='nothing listens on 10.0.0.1:443; snapshot taken right after a failed attempt (ErrImagePull)'))
    # 16 proxy-error
    ref = 'docker.io/prom/statsd-exporter:v0.26.0'
    P.append(pod('training', 'deploy', 'statsd-exporter', 'node-05', 12 * 60 + 40,
                 [Ctr('exporter', 'prom/statsd-exporter:v0.26.0', ports=[9102], pull=always(resolve_fail(ref,
                      'failed to do request: Head "%s/prom/statsd-exporter/manifests/v0.26.0": proxyconnect tcp: '
                      'dial tcp 10.0.0.9:3128: connect: connection refused' % HUB, 0.002, 0.008)))],
                 'proxy-error', one('exporter', 'failing', 'pull-failed', 'proxy-error'),
                 notes='containerd on node-05 has HTTPS_PROXY=http://10.0.0.9:3128 and the proxy is down'))
    # 17 tls-unknown-authority, containerd 1.7 (Go >= 1.20 prefix)
    ref = 'registry.gitlab.example.com/ml/annotation-ui:3.0.1'
    P.append(pod('training', 'deploy', 'annotation-ui', 'node-02', 16 * 60 + 31,
                 [Ctr('ui', ref, ports=[3000], pull=always(resolve_fail(ref,
                      'failed to do request: Head "https://registry.gitlab.example.com/v2/ml/annotation-ui/manifests/'
                      '3.0.1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
                      0.05, 0.2)))],
                 'tls-unknown-authority', one('ui', 'failing', 'pull-failed', 'tls-unknown-authority'),
                 pull_secrets=['gitlab-registry'], seed='6.4',
                 notes='private CA not installed on the node'))
    # 17b tls-unknown-authority, the seed's exact text (containerd 1.6.21: Go 1.19, no prefix)
    ref = 'myregistry.example.com/app:v1.0'
    P.append(pod('training', 'deploy', 'legacy-app', 'node-06', 27 * 60 + 5,
                 [Ctr('app', ref, pull=always(resolve_fail(ref,
                      'failed to do request: Head "https://myregistry.example.com/v2/app/manifests/v1.0": x509: '
                      'certificate signed by unknown authority', 0.04, 0.15)))],
                 'tls-unknown-authority', one('app', 'failing', 'pull-failed', 'tls-unknown-authority'), seed='6.4',
                 notes='same cause in containerd 1.6 wording'))
    # 18 tls-expired
    ref = 'registry.lab.example.com/ml/vocab-builder:0.9.1'
    P.append(pod('training', 'deploy', 'vocab-builder', 'node-03', 10 * 60 + 14,
                 [Ctr('builder', ref, pull=always(resolve_fail(ref, lambda tf:
                      'failed to do request: Head "https://registry.lab.example.com/v2/ml/vocab-builder/manifests/'
                      '0.9.1": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: '
                      'current time %s is after 2026-01-31T23:59:59Z' % ts(tf), 0.04, 0.12)))],
                 'tls-expired', one('builder', 'failing', 'pull-failed', 'tls-expired'),
                 pull_secrets=['lab-registry'],
                 notes='every attempt has its own "current time", so each Failed event is distinct'))
    # 19 tls-hostname-mismatch (a CronJob's Job)
    ref = 'harbor.dev.example.com/tools/label-sync:1.2'
    P.append(pod('training', 'job', 'label-sync-29501837', 'node-02', 6 * 60 + 58,
                 [Ctr('sync', ref, pull=always(resolve_fail(ref,
                      'failed to do request: Head "https://harbor.dev.example.com/v2/tools/label-sync/manifests/1.2": '
                      'tls: failed to verify certificate: x509: certificate is valid for harbor.example.com, '
                      'harbor-core.harbor.svc, not harbor.dev.example.com', 0.05, 0.15)))],
                 'tls-hostname-mismatch', one('sync', 'failing', 'pull-failed', 'tls-hostname-mismatch'),
                 pull_secrets=['harbor-dev'], restart='OnFailure',
                 notes='Job label-sync-29501837 of CronJob label-sync'))
    # 20 http-https-mismatch
    ref = '10.20.5.40:5000/team/annotator:1.0'
    P.append(pod('training', 'deploy', 'annotator', 'node-01', 13 * 60 + 50,
                 [Ctr('annotator', ref, pull=always(resolve_fail(ref,
                      'failed to do request: Head "https://10.20.5.40:5000/v2/team/annotator/manifests/1.0": http: '
                      'server gave HTTP response to HTTPS client', 0.01, 0.04)))],
                 'http-https-mismatch', one('annotator', 'failing', 'pull-failed', 'http-https-mismatch'),
                 notes='plain-HTTP registry without a hosts.toml entry'))
    # 21 transfer-interrupted (seed 6.5)
    ref = 'harbor.example.com/ml/llm-serving:0.4.2'
    P.append(pod('training', 'deploy', 'llm-serving', 'node-06', 22 * 60 + 44,
                 [Ctr('server', ref, ports=[8080], resources=GPU, pull=always(err('Unknown',
                      'failed to pull and unpack image %s: failed to copy: httpReadSeeker: failed open: failed to do '
                      'request: Get "https://harbor.example.com/v2/ml/llm-serving/blobs/%s": unexpected EOF'
                      % (q(ref), digest('llm-serving-layer-3')), 40.0, 95.0)))],
                 'transfer-interrupted', one('server', 'failing', 'pull-failed', 'transfer-interrupted'),
                 sa='ml-workloads', seed='6.5', notes='the connection drops while a large layer downloads'))
    # 22 platform-mismatch (arm64)
    ref = 'harbor.example.com/infra/log-agent:1.9.0'
    P.append(pod('training', 'ds', 'log-agent', 'node-05', 47 * 60 + 19,
                 [Ctr('agent', ref, pull=always(err('NotFound',
                      'failed to pull and unpack image %s: no match for platform in manifest: not found' % q(ref),
                      0.8, 1.5)))],
                 'platform-mismatch', one('agent', 'failing', 'pull-failed', 'platform-mismatch'),
                 sa='ml-workloads', notes='the image index has linux/amd64 only; node-05 is arm64'))
    # 23 disk-full
    ref = 'docker.io/tensorflow/tensorflow:2.15.0-gpu'
    P.append(pod('training', 'deploy', 'tf-serving', 'node-01', 19 * 60 + 33,
                 [Ctr('serving', 'tensorflow/tensorflow:2.15.0-gpu', ports=[8501], resources=GPU, pull=always(err('Unknown',
                      'failed to pull and unpack image %s: failed to extract layer %s: write /var/lib/containerd/'
                      'io.containerd.snapshotter.v1.overlayfs/snapshots/214/fs/usr/local/lib/python3.11/dist-packages/'
                      'tensorflow/libtensorflow_cc.so.2: no space left on device: unknown'
                      % (q(ref), digest('tensorflow-2.15-layer-7')), 140.0, 170.0)))],
                 'disk-full', one('serving', 'failing', 'pull-failed', 'disk-full'),
                 notes='a 4 GB layer fills /var/lib/containerd while it is extracted'))
    # 24 layer-corrupt
    ref = 'harbor.example.com/ml/embedder:1.2.0'
    P.append(pod('training', 'deploy', 'embedder', 'node-02', 9 * 60 + 37,
                 [Ctr('embedder', ref, pull=always(err('FailedPrecondition',
                      'failed to pull and unpack image %s: failed commit on ref "layer-%s": unexpected commit size '
                      '187695104, expected 198180864: failed precondition' % (q(ref), digest('embedder-layer-2')),
                      20.0, 30.0)))],
                 'layer-corrupt', one('embedder', 'failing', 'pull-failed', 'layer-corrupt'), sa='ml-workloads',
                 notes='a layer blob shorter than its descriptor (FailedPrecondition keeps the rpc prefix)'))
    # 25 registry-unavailable, CRI-O RegistryUnavailable (kubelet 1.28+ reason)
    ref = 'registry.example.com/ops/inventory-sync:4.0.1'
    P.append(pod('training', 'deploy', 'inventory-sync', 'node-04', 2 * 60 + 44,
                 [Ctr('sync', ref, pull=always(err('Unknown',
                      'RegistryUnavailable: pinging container registry registry.example.com: '
                      'received unexpected HTTP status: 503 Service Unavailable',
                      0.004, 0.02)))],
                 'registry-unavailable', one('sync', 'failing', 'pull-failed', 'registry-unavailable'), align_fail=4.2,
                 notes='CRI-O reports a 503 from the registry ping as RegistryUnavailable (the waiting reason too); '
                       'a more specific inner error, such as connection refused, would win over the wrapper'))
    # 25b registry-unavailable, HTTP 503 through containerd
    ref = 'registry.ml.example.com/ml/feature-store:2.1.0'
    P.append(pod('training', 'deploy', 'feature-store', 'node-02', 15 * 60 + 8,
                 [Ctr('store', ref, ports=[6566], pull=always(resolve_fail(ref,
                      'unexpected status from HEAD request to https://registry.ml.example.com/v2/ml/feature-store/'
                      'manifests/2.1.0: 503 Service Unavailable', 0.2, 0.5)))],
                 'registry-unavailable', one('store', 'failing', 'pull-failed', 'registry-unavailable'),
                 notes='the registry answers 503 (ErrImagePull with a 5xx)'))
    # 26 short-name-unresolved
    P.append(pod('training', 'deploy', 'myapp', 'node-04', 5 * 60 + 3,
                 [Ctr('myapp', 'myapp', pull=always(err('Unknown',
                      'short-name "myapp:latest" did not resolve to an alias and no unqualified-search registries are '
                      'defined in "/etc/containers/registries.conf"', 0.002, 0.006)))],
                 'short-name-unresolved', one('myapp', 'failing', 'pull-failed', 'short-name-unresolved'),
                 notes='no tag: defaulted to Always; the kubelet asks CRI-O for myapp:latest'))
    # 27 signature-invalid
    ref = 'quay.io/acme/payments-api:1.8.0'
    P.append(pod('training', 'deploy', 'payments-api', 'node-04', 1 * 60 + 57,
                 [Ctr('api', ref, ports=[8443], pull=always(err('Unknown',
                      'SignatureValidationFailed: Source image rejected: A signature was required, but no signature '
                      'exists', 1.0, 1.8)))],
                 'signature-invalid', one('api', 'failing', 'pull-failed', 'signature-invalid'),
                 pull_secrets=['quay-legacy'], align_fail=2.6,
                 notes='policy.json requires a sigstore signature for quay.io/acme'))
    # 28 pull-qps-exceeded
    P.append(pod('training', 'job', 'batch-embed', 'node-02', 47,
                 [Ctr('embed', 'busybox:1.36', command=['sh', '-c', 'embed-shard.sh'],
                      pull=always(err(None, 'pull QPS exceeded', 0.0, 0.001)))],
                 'pull-qps-exceeded', one('embed', 'failing', 'pull-failed', 'pull-qps-exceeded'),
                 restart='Never', align_now=True,
                 notes='a 40-way Job fan-out drained the kubelet registryPullQPS bucket (other pods omitted)'))
    # 29 never-pull-missing (seed 4.3)
    P.append(pod('training', 'bare', 'offline-app', 'node-01', 4 * 60 + 25,
                 [Ctr('app', 'myapp:v1.0', policy='Never')],
                 'never-pull-missing', one('app', 'failing', 'never-pull-missing', 'never-pull-missing'), seed='4.3',
                 notes='Never, and myapp:v1.0 is not in node-01 status.images'))
    # 30 inspect-failed (seed 4.4), Docker Engine via cri-dockerd
    P.append(pod('training', 'deploy', 'legacy-billing', 'node-07', 6 * 60 + 31,
                 [Ctr('billing', 'registry.example.com/billing/legacy-billing:7.3', present=True,
                      special='inspect:Error response from daemon: readlink /var/lib/docker/overlay2/l: invalid argument')],
                 'inspect-failed', one('billing', 'failing', 'inspect-failed', 'inspect-failed'), seed='4.4',
                 notes='docker overlay2 metadata is damaged; waiting ImageInspectError'))
    # 30b dns-failure, Docker Engine wording
    P.append(pod('training', 'deploy', 'legacy-reports', 'node-07', 10 * 60 + 2,
                 [Ctr('reports', 'nginx:1.24.0', ports=[80], pull=always(err('Unknown',
                      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup '
                      'registry-1.docker.io on 10.20.0.2:53: server misbehaving', 0.02, 0.08)))],
                 'dns-failure', one('reports', 'failing', 'pull-failed', 'dns-failure'),
                 notes='Docker Engine 24 (cri-dockerd) wording; the resolver answers SERVFAIL'))
    # 30c healthy pull on the Docker node: 1.27 message with full-precision durations
    P.append(pod('training', 'deploy', 'status-page', 'node-07', 35 * 60 + 16,
                 [Ctr('web', 'registry.example.com/ops/status-page:1.12', ports=[8080],
                      pull=succeed(3.412587331, 41822208))],
                 'healthy-pulled', one('web', 'ok', '-', '-'),
                 notes='kubelet 1.27: "(... including waiting)" with nanosecond durations, no size'))
    # 31 invalid-image-name
    P.append(pod('training', 'bare', 'image-case-demo', 'node-03', 3 * 60 + 7,
                 [Ctr('app', 'MyApp:v1')],
                 'invalid-image-name', one('app', 'failing', 'image-name', 'invalid-image-name'),
                 notes='upper case: InspectFailed "Failed to apply default image tag", waiting InvalidImageName'))
    P[-1].containers[0].special = 'invalid'   # Ctr() would otherwise treat it as a normal pull
    # 32 root-cause-expired
    ref = 'harbor.example.com/ml/notebook:2024.12'
    P.append(pod('training', 'deploy', 'notebook', 'node-01', 3 * 3600 + 12 * 60 + 40,
                 [Ctr('notebook', ref, ports=[8888], pull=always(dict(not_found(ref))))],
                 'root-cause-expired', one('notebook', 'failing', 'pull-failed', 'root-cause-expired'),
                 sa='ml-workloads', deploy={'salt': 'e'},  # a replica whose syncs left only BackOff alive
                 notes='failing for 3 h; the spam filter lets only BackOff through and the Failed events aged out'))
    # 33 recovered
    ref = 'harbor.example.com/ml/tokenizer-svc:1.4.0'
    P.append(pod('training', 'deploy', 'tokenizer-svc', 'node-03', 22 * 60 + 11,
                 [Ctr('tokenizer', ref, ports=[8080], pull=fail_until(resolve_fail(ref,
                      'failed to do request: Head "https://harbor.example.com/v2/ml/tokenizer-svc/manifests/1.4.0": '
                      'dial tcp 10.20.8.20:443: i/o timeout', 30.0, 30.06), ago(19 * 60 + 40), 8.742318, 184223411))],
                 'recovered', one('tokenizer', 'recovered', '-', '-'), sa='ml-workloads',
                 notes='i/o timeouts while node-03 briefly lost its route to Harbor, then Pulling, Pulled, Started'))
    # 34 not-a-pull-problem: CrashLoopBackOff
    P.append(pod('training', 'deploy', 'report-api', 'node-03', 17 * 60 + 12,
                 [Ctr('report-api', 'harbor.example.com/ml/report-api:2.0.3', present=True, ports=[8080],
                      after=('crash', 1.8, 1))],
                 'not-a-pull-problem', one('report-api', 'failing', 'start', 'not-a-pull-problem'),
                 sa='ml-workloads', notes='image present; the process exits 1; CrashLoopBackOff'))
    # 35 init container cannot pull (shop)
    ref = 'harbor.example.com/platform/db-migrate:2.4.1'
    P.append(pod('shop', 'sts', 'orders-db', 'node-03', 12 * 60 + 6,
                 [Ctr('init-db', ref, kind='init', command=['/migrate', 'up'], pull=always(dict(not_found(ref)))),
                  Ctr('postgres', 'postgres:16.4', ports=[5432],
                      env=[('POSTGRES_DB', 'orders'), ('PGDATA', '/var/lib/postgresql/data/pgdata')])],
                 'init-container-pull',
                 [('init-db', 'failing', 'pull-failed', 'image-not-found', NO_EVENTS,
                   'events: the table has no SUBOBJECT column, so the init container cannot be told apart'),
                  ('postgres', 'unknown', '-', '-', NO_EVENTS,
                   'events: the table has no SUBOBJECT column, so init and main containers cannot be told apart')],
                 pull_secrets=['shop-registry'],
                 notes='Init:ImagePullBackOff; postgres waits in PodInitializing'))
    # 36 ephemeral debug container cannot pull (shop)
    P.append(pod('shop', 'deploy', 'checkout-api', 'node-02', 3 * 3600 + 5 * 60 + 50,
                 [Ctr('checkout-api', 'harbor.example.com/shop/checkout-api:4.2.0', present=True, ports=[8080]),
                  Ctr('debugger-' + k8srand('debugger', 5), 'netshoot', kind='ephemeral', added_ago=9 * 60 + 12,
                      target='checkout-api', pull=always(resolve_fail('docker.io/library/netshoot:latest',
                          'pull access denied, repository does not exist or may require authorization: server '
                          'message: insufficient_scope: authorization failed', 0.6, 1.0)))],
                 'ephemeral-container-pull',
                 [('checkout-api', 'ok', '-', '-', NO_EVENTS,
                   'events: the app container has no events left (pod 3 h old) and the table cannot name containers'),
                  ('debugger-' + k8srand('debugger', 5), 'failing', 'pull-failed', 'access-denied', NO_EVENTS,
                   'events: the table has no SUBOBJECT column, so the ephemeral container cannot be told apart')],
                 pull_secrets=['shop-registry'],
                 notes='kubectl debug --image=netshoot (meant nicolaka/netshoot); the pod secret also holds Docker '
                       'Hub credentials, so it is not a credentials problem'))
    # 37 three replicas, one image (shop)
    ref = 'harbor.example.com/shop/catalog-api:3.2.0-rc1'
    for i, n in enumerate(('node-01', 'node-02', 'node-03')):
        P.append(pod('shop', 'deploy', 'catalog-api', n, 5 * 60 + 4 - i * 0.3,
                     [Ctr('catalog-api', ref, ports=[8080], resources=SMALL, pull=always(dict(not_found(ref))))],
                     'deployment-image-not-found', one('catalog-api', 'failing', 'pull-failed', 'image-not-found'),
                     pull_secrets=['shop-registry'], deploy={'salt': str(i)},
                     notes='3 replicas of ReplicaSet catalog-api-%s on three kubelet versions'
                           % k8srand('rs:shop/catalog-api', 10)))
    # 38 CreateContainerConfigError
    P.append(pod('training', 'deploy', 'billing-worker', 'node-02', 8 * 60 + 18,
                 [Ctr('worker', 'harbor.example.com/ml/billing-worker:1.6.2', present=True,
                      env=[('DB_HOST', 'billing-db.training.svc'), ('DB_PASSWORD', ('db-credentials', 'password'))],
                      after=('config', 'secret "db-credentials" not found'))],
                 'not-a-pull-problem', one('worker', 'failing', 'start', 'not-a-pull-problem'), sa='ml-workloads',
                 notes='image present; env references a Secret that does not exist'))
    # CRI-O image-not-found wording
    ref = 'quay.io/acme/inventory:3.2.0'
    P.append(pod('training', 'deploy', 'inventory-api', 'node-04', 7 * 60 + 33,
                 [Ctr('api', ref, ports=[8080], pull=always(err('Unknown',
                      'initializing source docker://%s: reading manifest 3.2.0 in quay.io/acme/inventory: manifest '
                      'unknown' % ref, 0.5, 0.9)))],
                 'image-not-found', one('api', 'failing', 'pull-failed', 'image-not-found'),
                 pull_secrets=['quay-legacy'], notes='CRI-O (containers/image) manifest unknown'))
    # a long-running pod whose events are long gone
    P.append(pod('training', 'sts', 'redis', 'node-01', 2 * 86400 + 3 * 3600 + 14 * 60,
                 [Ctr('redis', 'redis:7.2.5', present=True, ports=[6379])],
                 'healthy-no-events',
                 one('redis', 'ok', '-', '-', NO_EVENTS, 'events: no events left for this pod (2 days old)'),
                 notes='running for 2 days; every event has expired (describe shows Events: <none>)'))
    return P


# --------------------------------------------------------------------------------------
# Secrets and service accounts
# --------------------------------------------------------------------------------------

def go_json_compact(obj):
    """encoding/json.Marshal: no spaces, HTML characters escaped."""
    out = json.dumps(obj, separators=(',', ':'), ensure_ascii=False)
    return out.replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')


def b64(s):
    return base64.b64encode(s.encode()).decode()


def registry_entry(user, password):
    # DockerConfigEntry field order: username, password, email (omitempty), auth
    return {'username': user, 'password': password, 'auth': b64('%s:%s' % (user, password))}


# (namespace, name, type, {host: (user, password)}, days ago, note)
SECRETS = [
    ('shop', 'shop-registry', 'dockerconfigjson',
     {'harbor.example.com': ('robot$shop-puller', 'FAKE-shop-puller-not-a-real-token'),
      'https://index.docker.io/v1/': ('acmeshop', 'FAKE-dockerhub-pat-shop')}, 61),
    ('training', 'app-config', 'opaque', {'LOG_LEVEL': 'info', 'FEATURE_FLAGS': 'batch-embed,tokenizer-v2'}, 30),
    ('training', 'gitlab-registry', 'dockerconfigjson',
     {'registry.gitlab.example.com': ('gitlab+deploy-token-41', 'FAKE-gldt-annotation-ui')}, 44),
    ('training', 'harbor-dev', 'dockerconfigjson',
     {'harbor.dev.example.com': ('robot$tools', 'FAKE-harbor-dev-tools')}, 12),
    ('training', 'harbor-pull', 'dockerconfigjson',
     {'harbor.example.com': ('robot$ml-puller', 'FAKE-ml-puller-not-a-real-token')}, 88),
    ('training', 'lab-registry', 'dockerconfigjson',
     {'registry.lab.example.com': ('lab-ci', 'FAKE-lab-ci-password')}, 200),
    ('training', 'other-registry-cred', 'dockerconfigjson',
     {'other.example.com': ('svc-segmenter', 'FAKE-other-registry-password')}, 9),
    ('training', 'quay-legacy', 'dockercfg', {'quay.io': ('acme+puller', 'FAKE-quay-robot-token')}, 530),
    ('training', 'trainer-robot', 'dockerconfigjson',
     {'harbor.example.com': ('robot$trainer', 'FAKE-revoked-trainer-token')}, 95),
]

SERVICE_ACCOUNTS = [('default', 'default', [], 402), ('shop', 'default', [], 61), ('training', 'default', [], 88),
                    ('training', 'ml-workloads', ['harbor-pull'], 88)]


def secret_object(ns, name, kind, entries):
    if kind == 'opaque':
        data = {k: b64(v) for k, v in entries.items()}
        stype = 'Opaque'
    elif kind == 'dockercfg':
        data = {'.dockercfg': b64(go_json_compact({h: registry_entry(*c) for h, c in sorted(entries.items())}))}
        stype = 'kubernetes.io/dockercfg'
    else:
        data = {'.dockerconfigjson': b64(go_json_compact(
            {'auths': {h: registry_entry(*c) for h, c in sorted(entries.items())}}))}
        stype = 'kubernetes.io/dockerconfigjson'
    return {'apiVersion': 'v1', 'data': data, 'kind': 'Secret',
            'metadata': {'name': name, 'namespace': ns, 'uid': uid('secret:%s/%s' % (ns, name))}, 'type': stype}


# --------------------------------------------------------------------------------------
# Pods
# --------------------------------------------------------------------------------------

IMAGE_SIZES = {
    'python:3.11-alpine': 19483207, 'redis:7.2.5': 40998612, 'harbor.example.com/ml/report-api:2.0.3': 96321487,
    'harbor.example.com/shop/checkout-api:4.2.0': 71233091, 'harbor.example.com/ml/billing-worker:1.6.2': 58812734,
    'registry.example.com/billing/legacy-billing:7.3': 412883456,
}

TOLERATIONS = [
    {'effect': 'NoExecute', 'key': 'node.kubernetes.io/not-ready', 'operator': 'Exists', 'tolerationSeconds': 300},
    {'effect': 'NoExecute', 'key': 'node.kubernetes.io/unreachable', 'operator': 'Exists', 'tolerationSeconds': 300},
]
DS_TOLERATIONS = [
    {'effect': 'NoExecute', 'key': 'node.kubernetes.io/not-ready', 'operator': 'Exists'},
    {'effect': 'NoExecute', 'key': 'node.kubernetes.io/unreachable', 'operator': 'Exists'},
    {'effect': 'NoSchedule', 'key': 'node.kubernetes.io/disk-pressure', 'operator': 'Exists'},
    {'effect': 'NoSchedule', 'key': 'node.kubernetes.io/memory-pressure', 'operator': 'Exists'},
    {'effect': 'NoSchedule', 'key': 'node.kubernetes.io/pid-pressure', 'operator': 'Exists'},
    {'effect': 'NoSchedule', 'key': 'node.kubernetes.io/unschedulable', 'operator': 'Exists'},
]


def pod_secrets(p):
    """spec.imagePullSecrets after the ServiceAccount admission plugin."""
    if p.pull_secrets:
        return p.pull_secrets
    for ns, name, secrets, _ in SERVICE_ACCOUNTS:
        if ns == p.ns and name == p.sa:
            return list(secrets)
    return []


def volume_name(p):
    return 'kube-api-access-' + k8srand('vol:' + p.uid, 5)


def container_spec(p, c):
    d = {'image': c.image, 'imagePullPolicy': c.policy, 'name': c.name, 'resources': c.resources or {},
         'terminationMessagePath': '/dev/termination-log', 'terminationMessagePolicy': 'File'}
    if c.command:
        d['command'] = list(c.command)
    if c.ports:
        d['ports'] = [{'containerPort': port, 'protocol': 'TCP'} for port in c.ports]
    if c.env:
        env = []
        for name, value in c.env:
            if isinstance(value, tuple):
                env.append({'name': name, 'valueFrom': {'secretKeyRef': {'key': value[1], 'name': value[0]}}})
            else:
                env.append({'name': name, 'value': value})
        d['env'] = env
    if c.kind == 'ephemeral':
        d.update(stdin=True, tty=True, targetContainerName=c.target)
    else:
        d['volumeMounts'] = [{'mountPath': '/var/run/secrets/kubernetes.io/serviceaccount', 'name': volume_name(p),
                              'readOnly': True}]
    return d


def cond(ctype, status, t, reason=None, message=None):
    d = {'lastProbeTime': None, 'lastTransitionTime': ts(t), 'status': status, 'type': ctype}
    if reason:
        d['reason'] = reason
        d['message'] = message
    return d


def container_status(p, c):
    node = p.node
    d = {'image': c.image, 'imageID': '', 'lastState': {}, 'name': c.name, 'ready': False,
         'restartCount': c.restarts, 'started': False}
    created = c.state in ('running', 'exited')
    if created:
        d['image'] = status_image(node, c.image)
        d['imageID'] = status_image_id(node, c.image)
    if c.last_term:
        lt = c.last_term
        d['lastState'] = {'terminated': {'containerID': lt['cid'], 'exitCode': lt['code'], 'finishedAt': ts(lt['finished']),
                                         'reason': 'Error', 'startedAt': ts(lt['started'])}}
    if c.state == 'running':
        d['containerID'] = container_id(node, '%s/%s#%d' % (p.uid, c.name, c.cid_seq))
        d['ready'] = c.kind != 'ephemeral'
        d['started'] = True
        d['state'] = {'running': {'startedAt': ts(c.started_ns)}}
    else:
        if c.state == 'exited':
            d['containerID'] = c.last_term['cid']
        w = {'reason': c.waiting[0]}
        if c.waiting[1]:
            w['message'] = c.waiting[1]
        d['state'] = {'waiting': w}
    if node.kv >= (1, 31) and created and c.kind != 'ephemeral':
        d['volumeMounts'] = [{'mountPath': '/var/run/secrets/kubernetes.io/serviceaccount', 'name': volume_name(p),
                              'readOnly': True, 'recursiveReadOnly': 'Disabled'}]
    return d


def qos_class(p):
    res = [c.resources for c in p.containers if c.kind != 'ephemeral']
    if not any(res):
        return 'BestEffort'
    for r in res:
        if not r:
            return 'Burstable'
        lim, req = r.get('limits', {}), r.get('requests', {})
        for k in ('cpu', 'memory'):
            if k not in lim or req.get(k, lim[k]) != lim[k]:
                return 'Burstable'
    return 'Guaranteed'


def pod_object(p):
    node = p.node
    meta = {'creationTimestamp': ts(p.created_ns), 'labels': dict(p.labels), 'name': p.name, 'namespace': p.ns,
            'uid': p.uid}
    if p.annotations:
        meta['annotations'] = dict(p.annotations)
    if p.owner:
        kind, oname, api = p.owner
        meta['ownerReferences'] = [{'apiVersion': api, 'blockOwnerDeletion': True, 'controller': True, 'kind': kind,
                                    'name': oname, 'uid': uid('%s:%s/%s' % (kind, p.ns, oname))}]
        if kind != 'StatefulSet':
            meta['generateName'] = oname + '-'
        if kind == 'Job':
            meta['finalizers'] = ['batch.kubernetes.io/job-tracking']
    vol = volume_name(p)
    spec = {'containers': [container_spec(p, c) for c in p.main], 'dnsPolicy': 'ClusterFirst',
            'enableServiceLinks': True, 'nodeName': node.name, 'preemptionPolicy': 'PreemptLowerPriority',
            'priority': 0, 'restartPolicy': p.restart, 'schedulerName': 'default-scheduler', 'securityContext': {},
            'serviceAccount': p.sa, 'serviceAccountName': p.sa, 'terminationGracePeriodSeconds': 30,
            'tolerations': [dict(t) for t in (DS_TOLERATIONS if p.owner and p.owner[0] == 'DaemonSet' else TOLERATIONS)],
            'volumes': [{'name': vol, 'projected': {'defaultMode': 420, 'sources': [
                {'serviceAccountToken': {'expirationSeconds': 3607, 'path': 'token'}},
                {'configMap': {'items': [{'key': 'ca.crt', 'path': 'ca.crt'}], 'name': 'kube-root-ca.crt'}},
                {'downwardAPI': {'items': [{'fieldRef': {'apiVersion': 'v1', 'fieldPath': 'metadata.namespace'},
                                            'path': 'namespace'}]}}]}}]}
    if p.init:
        spec['initContainers'] = [container_spec(p, c) for c in p.init]
    if p.ephemeral:
        spec['ephemeralContainers'] = [container_spec(p, c) for c in p.ephemeral]
    if pod_secrets(p):
        spec['imagePullSecrets'] = [{'name': n} for n in pod_secrets(p)]
    if p.hostname:
        spec['hostname'] = p.hostname
        spec['subdomain'] = p.subdomain
    if p.owner and p.owner[0] == 'DaemonSet':
        spec['affinity'] = {'nodeAffinity': {'requiredDuringSchedulingIgnoredDuringExecution': {'nodeSelectorTerms': [
            {'matchFields': [{'key': 'metadata.name', 'operator': 'In', 'values': [node.name]}]}]}}}

    main = p.main
    running = [c for c in main if c.state == 'running']
    ready = len(running) == len(main)
    conds = []
    if node.kv >= (1, 29):
        conds.append(cond('PodReadyToStartContainers', 'True', p.sandbox_ns))
    if p.init:
        conds.append(cond('Initialized', 'False', p.start_ns, 'ContainersNotInitialized',
                          'containers with incomplete status: [%s]' % ' '.join(c.name for c in p.init)))
    else:
        conds.append(cond('Initialized', 'True', p.start_ns))
    if ready:
        t = max(c.started_ns for c in main) + int(between(p.name + ':ready', 0.2, 1.0) * NS)
        conds.append(cond('Ready', 'True', t))
        conds.append(cond('ContainersReady', 'True', t))
    else:
        msg = 'containers with unready status: [%s]' % ' '.join(c.name for c in main if c.state != 'running')
        t = p.start_ns
        exited = [c.last_term['finished'] for c in main if c.last_term]
        if exited:
            t = max(exited) + int(between(p.name + ':unready', 0.3, 1.0) * NS)
        conds.append(cond('Ready', 'False', t, 'ContainersNotReady', msg))
        conds.append(cond('ContainersReady', 'False', t, 'ContainersNotReady', msg))
    conds.append(cond('PodScheduled', 'True', p.scheduled_ns))
    phase = 'Running' if any(c.state in ('running', 'exited') for c in main) else 'Pending'
    status = {'conditions': conds, 'containerStatuses': [container_status(p, c) for c in main],
              'hostIP': node.ip, 'phase': phase, 'podIP': p.ip, 'podIPs': [{'ip': p.ip}], 'qosClass': qos_class(p),
              'startTime': ts(p.start_ns)}
    if node.kv >= (1, 29):
        status['hostIPs'] = [{'ip': node.ip}]
    if p.init:
        status['initContainerStatuses'] = [container_status(p, c) for c in p.init]
    if p.ephemeral:
        status['ephemeralContainerStatuses'] = [container_status(p, c) for c in p.ephemeral]
    return {'apiVersion': 'v1', 'kind': 'Pod', 'metadata': meta, 'spec': spec, 'status': status}


def event_object(p, ev):
    node = p.node
    inv = {'apiVersion': 'v1', 'kind': 'Pod', 'name': p.name, 'namespace': p.ns, 'resourceVersion': p.rv0, 'uid': p.uid}
    if ev['fieldPath']:
        inv['fieldPath'] = ev['fieldPath']
    meta = {'creationTimestamp': ts(ev['created']), 'name': ev['name'], 'namespace': p.ns,
            'resourceVersion': ev['rv'], 'uid': uid('event:%s/%s' % (p.ns, ev['name']))}
    if ev['source'] == 'kubelet':
        newer = node.kv >= (1, 28)
        return {'apiVersion': 'v1', 'count': ev['count'], 'eventTime': None, 'firstTimestamp': ts(ev['first']),
                'involvedObject': inv, 'kind': 'Event', 'lastTimestamp': ts(ev['last']), 'message': ev['message'],
                'metadata': meta, 'reason': ev['reason'], 'reportingComponent': 'kubelet' if newer else '',
                'reportingInstance': node.name if newer else '', 'source': {'component': 'kubelet', 'host': node.name},
                'type': ev['type']}
    return {'action': 'Binding', 'apiVersion': 'v1', 'eventTime': ts_micro(ev['eventTime']), 'firstTimestamp': None,
            'involvedObject': inv, 'kind': 'Event', 'lastTimestamp': None, 'message': ev['message'], 'metadata': meta,
            'reason': ev['reason'], 'reportingComponent': 'default-scheduler',
            'reportingInstance': 'default-scheduler-cp-01', 'source': {}, 'type': ev['type']}


# --------------------------------------------------------------------------------------
# Nodes
# --------------------------------------------------------------------------------------

GPUS = {'node-01': '4', 'node-03': '4', 'node-06': '2'}


def node_object(n):
    caps = {'cpu': '32' if n.name in GPUS else '16', 'ephemeral-storage': '203056560Ki', 'hugepages-1Gi': '0',
            'hugepages-2Mi': '0', 'memory': '131900488Ki' if n.name in GPUS else '65842736Ki', 'pods': '110'}
    alloc = dict(caps, **{'ephemeral-storage': '187136925387', 'memory': caps['memory'].replace('488Ki', '088Ki')
                          .replace('736Ki', '336Ki')})
    if n.name in GPUS:
        caps['nvidia.com/gpu'] = alloc['nvidia.com/gpu'] = GPUS[n.name]
    images = []
    base = BASE_IMAGES[n.rt]
    for ref, size in base:
        if ref == 'PAUSE':
            ref = 'registry.k8s.io/pause:' + n.pause
        elif ref == 'KUBEPROXY':
            ref = 'registry.k8s.io/kube-proxy:' + n.kubelet
        images.append((ref, size))
    images += sorted(n.images.items())
    images.sort(key=lambda x: (-x[1], x[0]))
    boot = n.created_ns
    hb = NOW_NS - int(between(n.name + ':hb', 4, 250) * NS)
    conds = [
        {'lastHeartbeatTime': ts(hb), 'lastTransitionTime': ts(boot + 40 * NS), 'message': 'kubelet has sufficient memory available',
         'reason': 'KubeletHasSufficientMemory', 'status': 'False', 'type': 'MemoryPressure'},
        {'lastHeartbeatTime': ts(hb), 'lastTransitionTime': ts(boot + 40 * NS), 'message': 'kubelet has no disk pressure',
         'reason': 'KubeletHasNoDiskPressure', 'status': 'False', 'type': 'DiskPressure'},
        {'lastHeartbeatTime': ts(hb), 'lastTransitionTime': ts(boot + 40 * NS), 'message': 'kubelet has sufficient PID available',
         'reason': 'KubeletHasSufficientPID', 'status': 'False', 'type': 'PIDPressure'},
        {'lastHeartbeatTime': ts(hb), 'lastTransitionTime': ts(boot + 61 * NS), 'message': 'kubelet is posting ready status',
         'reason': 'KubeletReady', 'status': 'True', 'type': 'Ready'},
    ]
    info = {'architecture': n.arch, 'bootID': uid('boot:' + n.name), 'containerRuntimeVersion': n.runtime,
            'kernelVersion': n.kernel, 'kubeProxyVersion': n.kubelet, 'kubeletVersion': n.kubelet,
            'machineID': hexid('machine:' + n.name, 32), 'operatingSystem': 'linux', 'osImage': n.os_image,
            'systemUUID': uid('system:' + n.name)}
    if n.kv >= (1, 31):
        del info['kubeProxyVersion']        # DisableNodeKubeProxyVersion is on by default from 1.31
    labels = {'beta.kubernetes.io/arch': n.arch, 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': n.arch,
              'kubernetes.io/hostname': n.name, 'kubernetes.io/os': 'linux'}
    if n.name in GPUS:
        labels['node.kubernetes.io/pool'] = 'gpu'
    elif n.kv < (1, 28):
        labels['node.kubernetes.io/pool'] = 'legacy'
    else:
        labels['node.kubernetes.io/pool'] = 'general'
    return {'apiVersion': 'v1', 'kind': 'Node',
            'metadata': {'annotations': {'node.alpha.kubernetes.io/ttl': '0',
                                         'volumes.kubernetes.io/controller-managed-attach-detach': 'true'},
                         'creationTimestamp': ts(n.created_ns), 'labels': labels, 'name': n.name,
                         'uid': uid('node:' + n.name)},
            'spec': {'podCIDR': '10.244.%d.0/24' % n.idx, 'podCIDRs': ['10.244.%d.0/24' % n.idx]},
            'status': {'addresses': [{'address': n.ip, 'type': 'InternalIP'}, {'address': n.name, 'type': 'Hostname'}],
                       'allocatable': alloc, 'capacity': caps, 'conditions': conds,
                       'daemonEndpoints': {'kubeletEndpoint': {'Port': 10250}},
                       'images': [{'names': list(repo_digest_names(n, r)), 'sizeBytes': s} for r, s in images],
                       'nodeInfo': info}}


# --------------------------------------------------------------------------------------
# kubectl -o json: encoding/json.MarshalIndent(obj, "", "    ") of the unstructured map
# --------------------------------------------------------------------------------------

def to_json(obj):
    out = json.dumps(obj, indent=4, separators=(',', ': '), sort_keys=True, ensure_ascii=False)
    out = out.replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')
    return out.replace('\u2028', '\\u2028').replace('\u2029', '\\u2029') + '\n'


# --------------------------------------------------------------------------------------
# kubectl -o yaml: sigs.k8s.io/yaml (JSON -> go-yaml v2 emitter: sorted keys, 2-space
# indent, block sequences not indented under their key, 80-column folding)
# --------------------------------------------------------------------------------------

BEST_WIDTH = 80
RESOLVE_MAP = set('y Y yes Yes YES on On ON n N no No NO off Off OFF true True TRUE false False FALSE null Null NULL ~ '
                  '.nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF <<'.split())
RE_INT = re.compile(r'^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$')
RE_FLOAT = re.compile(r'^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$')
RE_TIMESTAMP = re.compile(r'^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}'
                          r'([Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?(Z|[-+][0-9]{2}:[0-9]{2})'
                          r'| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?)?$')
RE_BASE60 = re.compile(r'^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$')


def yaml_plain_is_str(s):
    """Would go-yaml v2 read this back as a string if it were written unquoted?"""
    if s == '' or s in RESOLVE_MAP:
        return False
    if s[0] in '+-0123456789':
        if RE_TIMESTAMP.match(s):
            return False
        plain = s.replace('_', '')
        if RE_INT.match(plain) or RE_FLOAT.match(plain):
            return False
        if RE_BASE60.match(s):
            return False
    elif s[0] == '.' and RE_FLOAT.match(s.replace('_', '')):
        return False
    return True


def yaml_analyze(s):
    """libyaml yaml_emitter_analyze_scalar, reduced to what block context needs."""
    if not s:
        return {'block_plain': False, 'single': True}
    flow_ind = block_ind = False
    special = line_breaks = False
    leading_space = trailing_space = False
    if s.startswith('---') or s.startswith('...'):
        block_ind = flow_ind = True
    preceded_ws = True
    n = len(s)
    for i, ch in enumerate(s):
        followed_ws = i + 1 >= n or s[i + 1] in ' \t\r\n'
        if i == 0:
            if ch in '#,[]{}&*!|>\'"%@`':
                flow_ind = block_ind = True
            if ch in '?:':
                flow_ind = True
                if followed_ws:
                    block_ind = True
            if ch == '-' and followed_ws:
                flow_ind = block_ind = True
        else:
            if ch in ',?[]{}':
                flow_ind = True
            if ch == ':':
                flow_ind = True
                if followed_ws:
                    block_ind = True
            if ch == '#' and preceded_ws:
                flow_ind = block_ind = True
        if not (ch == '\n' or 0x20 <= ord(ch) <= 0x7e or ord(ch) >= 0xa0) or ch == '\ufeff':
            special = True
        if ch == '\n':
            line_breaks = True
        if ch == ' ':
            if i == 0:
                leading_space = True
            if i == n - 1:
                trailing_space = True
        preceded_ws = ch in ' \t\r\n'
    block_plain = not (leading_space or trailing_space or special or line_breaks or block_ind)
    single = not special
    return {'block_plain': block_plain, 'single': single}


def go_yaml_less(a, b):
    """go-yaml v2 keyList.Less for two string keys."""
    for i in range(min(len(a), len(b))):
        if a[i] == b[i]:
            continue
        al, bl = a[i].isalpha(), b[i].isalpha()
        if al and bl:
            return a[i] < b[i]
        if al or bl:
            return bl
        an = bn = 0
        if a[i] == '0' or b[i] == '0':
            j = i - 1
            while j >= 0 and a[j].isdigit():
                if a[j] != '0':
                    an = bn = 1
                    break
                j -= 1
        ai = i
        while ai < len(a) and a[ai].isdigit():
            an = an * 10 + int(a[ai])
            ai += 1
        bi = i
        while bi < len(b) and b[bi].isdigit():
            bn = bn * 10 + int(b[bi])
            bi += 1
        if an != bn:
            return an < bn
        if ai != bi:
            return ai < bi
        return a[i] < b[i]
    return len(a) < len(b)


def _yaml_cmp(a, b):
    return -1 if go_yaml_less(a, b) else (1 if go_yaml_less(b, a) else 0)


class YamlEmitter:
    def __init__(self):
        self.out = []
        self.column = 0
        self.whitespace = True
        self.indention = True

    def put(self, s):
        self.out.append(s)
        self.column += len(s)

    def newline(self):
        self.out.append('\n')
        self.column = 0

    def write_indent(self, indent):
        if not self.indention or self.column > indent or (self.column == indent and not self.whitespace):
            self.newline()
        while self.column < indent:
            self.put(' ')
        self.whitespace = True
        self.indention = True

    def indicator(self, ind, need_ws, is_ws, is_indention):
        if need_ws and not self.whitespace:
            self.put(' ')
        self.put(ind)
        self.whitespace = is_ws
        self.indention = self.indention and is_indention

    def scalar(self, value, indent, simple_key):
        if value is None:
            text, style = 'null', 'plain'
        elif value is True or value is False:
            text, style = ('true' if value else 'false'), 'plain'
        elif isinstance(value, int):
            text, style = str(value), 'plain'
        else:
            text = value
            if '\n' in text:
                # Only kubectl's last-applied-configuration: one JSON line and its line end,
                # which go-yaml writes as a literal block ("|", the final break kept).
                if text.index('\n') != len(text) - 1:
                    raise ValueError('multi-line strings are not used in the samples')
                self.indicator('|', True, False, False)
                self.newline()
                self.indention = True
                self.whitespace = True
                self.write_indent(indent)
                self.put(text[:-1])
                self.newline()
                self.indention = True
                self.whitespace = True
                return
            style = 'plain' if yaml_plain_is_str(text) else 'double'
            a = yaml_analyze(text)
            if style == 'plain' and (not a['block_plain'] or (not text and simple_key)):
                style = 'single'
            if style == 'single' and not a['single']:
                style = 'double'
        breaks = not simple_key
        if style == 'plain':
            if text and not self.whitespace:
                self.put(' ')
            spaces = False
            for i, ch in enumerate(text):
                if ch == ' ':
                    if breaks and not spaces and self.column > BEST_WIDTH and not (i + 1 < len(text) and text[i + 1] == ' '):
                        self.write_indent(indent)
                    else:
                        self.put(ch)
                    spaces = True
                else:
                    self.put(ch)
                    self.indention = False
                    spaces = False
        elif style == 'single':
            self.indicator("'", True, False, False)
            spaces = False
            n = len(text)
            for i, ch in enumerate(text):
                if ch == ' ':
                    if (breaks and not spaces and self.column > BEST_WIDTH and i != 0 and i != n - 1
                            and not (i + 1 < n and text[i + 1] == ' ')):
                        self.write_indent(indent)
                    else:
                        self.put(ch)
                    spaces = True
                else:
                    if ch == "'":
                        self.put("'")
                    self.put(ch)
                    self.indention = False
                    spaces = False
            self.indicator("'", False, False, False)
        else:
            self.indicator('"', True, False, False)
            spaces = False
            n = len(text)
            for i, ch in enumerate(text):
                if ch in '"\\' or not (0x20 <= ord(ch) <= 0x7e or ord(ch) >= 0xa0):
                    esc = {'"': '\\"', '\\': '\\\\', '\t': '\\t', '\r': '\\r', '\x00': '\\0'}.get(ch)
                    self.put(esc or '\\x%02X' % ord(ch))
                    spaces = False
                elif ch == ' ':
                    if breaks and not spaces and self.column > BEST_WIDTH and i != 0 and i != n - 1:
                        self.write_indent(indent)
                        if i + 1 < n and text[i + 1] == ' ':
                            self.put('\\')
                    else:
                        self.put(ch)
                    spaces = True
                else:
                    self.put(ch)
                    spaces = False
            self.indicator('"', False, False, False)
        self.whitespace = False
        self.indention = False

    def mapping(self, m, parent_indent):
        indent = 0 if parent_indent < 0 else parent_indent + 2
        for k in sorted(m, key=functools.cmp_to_key(_yaml_cmp)):
            self.write_indent(indent)
            self.scalar(k, indent + 2, True)
            self.indicator(':', False, False, False)
            self.value(m[k], indent)

    def value(self, v, indent):
        """A mapping value; `indent` is the indent of the mapping holding it."""
        if isinstance(v, dict):
            if v:
                self.mapping(v, indent)
            else:
                self.indicator('{', True, True, False)
                self.indicator('}', False, False, False)
        elif isinstance(v, list):
            if v:
                seq_indent = indent if not self.indention else indent + 2
                self.sequence(v, seq_indent)
            else:
                self.indicator('[', True, True, False)
                self.indicator(']', False, False, False)
        else:
            self.scalar(v, indent + 2, False)

    def sequence(self, items, seq_indent):
        for item in items:
            self.write_indent(seq_indent)
            self.indicator('-', True, False, True)
            if isinstance(item, dict) and item:
                self.mapping(item, seq_indent)
            elif isinstance(item, (dict, list)):
                raise ValueError('nested empty collections are not used in the samples')
            else:
                self.scalar(item, seq_indent + 2, False)

    def document(self, obj):
        self.mapping(obj, -1)
        self.newline()
        return ''.join(self.out)


def to_yaml(obj):
    return YamlEmitter().document(obj)


# --------------------------------------------------------------------------------------
# Go text/tabwriter (kubectl describe: minwidth 0, padding 2) and liggitt/tabwriter
# (kubectl get: minwidth 6, padding 3); both pad with spaces, flags unused here
# --------------------------------------------------------------------------------------

def tabwrite(text, minwidth, padding):
    lines = [line.split('\t') for line in text.split('\n')]
    out = []
    widths = []

    def write_lines(l0, l1):
        for i in range(l0, l1):
            cells = lines[i]
            for j, c in enumerate(cells):
                out.append(c)
                if j < len(widths) and j < len(cells) - 1:
                    out.append(' ' * (widths[j] - len(c)))
            if i + 1 < len(lines):
                out.append('\n')

    def fmt(l0, l1):
        column = len(widths)
        this = l0
        while this < l1:
            if column >= len(lines[this]) - 1:
                this += 1
                continue
            write_lines(l0, this)
            l0 = this
            width = minwidth
            while this < l1 and column < len(lines[this]) - 1:
                width = max(width, len(lines[this][column]) + padding)
                this += 1
            widths.append(width)
            fmt(l0, this)
            widths.pop()
            l0 = this
        write_lines(l0, l1)

    fmt(0, len(lines))
    return ''.join(out)


# --------------------------------------------------------------------------------------
# kubectl describe pod (kubectl 1.32 layout, pkg/describe/describe.go)
# --------------------------------------------------------------------------------------

def multiline_map(title, m):
    if not m:
        return '%s:\t<none>\n' % title
    keys = sorted(m)
    out = '%s:\t%s=%s\n' % (title, keys[0], m[keys[0]])
    for k in keys[1:]:
        out += '\t%s=%s\n' % (k, m[k])
    return out


def toleration_text(t):
    s = t['key']
    if t.get('value'):
        s += '=' + t['value']
    if t.get('effect'):
        s += ':' + t['effect']
    if t.get('operator') == 'Exists' and not t.get('value'):
        s += ' op=Exists' if (t.get('key') or t.get('effect')) else 'op=Exists'
    if 'tolerationSeconds' in t:
        s += ' for %ds' % t['tolerationSeconds']
    return s


def describe_containers(label, specs, statuses):
    st = {s['name']: s for s in statuses}
    out = '%s:%s\n' % (label, '' if specs else ' <none>')
    for c in specs:
        s = st.get(c['name'])
        out += '  %s:\n' % c['name']
        if s is not None:
            out += '    Container ID:\t%s\n' % s.get('containerID', '')
        out += '    Image:\t%s\n' % c['image']
        if s is not None:
            out += '    Image ID:\t%s\n' % s['imageID']
        ports = ['%d/%s' % (p['containerPort'], p['protocol']) for p in c.get('ports', [])]
        hports = ['%d/%s' % (p.get('hostPort', 0), p['protocol']) for p in c.get('ports', [])]
        out += ('    Ports:\t%s\n' if len(ports) > 1 else '    Port:\t%s\n') % (', '.join(ports) or '<none>')
        out += ('    Host Ports:\t%s\n' if len(hports) > 1 else '    Host Port:\t%s\n') % (', '.join(hports) or '<none>')
        if c.get('command'):
            out += '    Command:\n' + ''.join('      %s\n' % a for a in c['command'])
        if s is not None:
            for title, state in (('State', s['state']), ('Last State', s['lastState'])):
                if title == 'Last State' and 'terminated' not in state:
                    continue
                if 'running' in state:
                    out += '    %s:\tRunning\n      Started:\t%s\n' % (title, rfc1123z_str(state['running']['startedAt']))
                elif 'waiting' in state:
                    out += '    %s:\tWaiting\n' % title
                    if state['waiting'].get('reason'):
                        out += '      Reason:\t%s\n' % state['waiting']['reason']
                else:
                    tm = state['terminated']
                    out += '    %s:\tTerminated\n      Reason:\t%s\n      Exit Code:\t%d\n      Started:\t%s\n' \
                           '      Finished:\t%s\n' % (title, tm['reason'], tm['exitCode'], rfc1123z_str(tm['startedAt']),
                                                     rfc1123z_str(tm['finishedAt']))
            out += '    Ready:\t%s\n    Restart Count:\t%d\n' % ('True' if s['ready'] else 'False', s['restartCount'])
        for kind in ('limits', 'requests'):
            vals = c['resources'].get(kind, {})
            if vals:
                out += '    %s:\n' % kind.capitalize()
                out += ''.join('      %s:\t%s\n' % (k, vals[k]) for k in sorted(vals))
        env = c.get('env', [])
        out += '    Environment:%s\n' % ('' if env else '\t<none>')
        for e in env:
            if 'value' in e:
                out += '      %s:\t%s\n' % (e['name'], e['value'])
            else:
                ref = e['valueFrom']['secretKeyRef']
                out += "      %s:\t<set to the key '%s' in secret '%s'>\tOptional: false\n" % (e['name'], ref['key'], ref['name'])
        mounts = c.get('volumeMounts', [])
        out += '    Mounts:%s\n' % ('' if mounts else '\t<none>')
        for m in sorted(mounts, key=lambda m: m['mountPath']):
            out += '      %s from %s (%s)\n' % (m['mountPath'], m['name'], 'ro' if m.get('readOnly') else 'rw')
    return out


def rfc1123z_str(stamp):
    t = dt.datetime.strptime(stamp, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=dt.timezone.utc)
    return rfc1123z(int(t.timestamp()) * NS)


def parse_ts(stamp):
    if stamp is None:
        return None
    if '.' in stamp:
        base, fracpart = stamp[:-1].split('.')
        t = dt.datetime.strptime(base, '%Y-%m-%dT%H:%M:%S').replace(tzinfo=dt.timezone.utc)
        return int(t.timestamp()) * NS + int(fracpart.ljust(9, '0'))
    t = dt.datetime.strptime(stamp, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=dt.timezone.utc)
    return int(t.timestamp()) * NS


def describe_events(events):
    """DescribeEvents: sort.Sort by lastTimestamp (insertion sort for <= 12 items, so
    stable), ages against NOW."""
    if not events:
        return 'Events:\t<none>\n'
    assert len(events) <= 12, 'more than 12 events: Go would use pdqsort, which is not stable'
    items = list(events)
    for i in range(1, len(items)):
        j = i
        key = lambda e: parse_ts(e['lastTimestamp']) or 0
        while j > 0 and key(items[j]) < key(items[j - 1]):
            items[j], items[j - 1] = items[j - 1], items[j]
            j -= 1
    out = 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n'
    for e in items:
        first = since_micro(parse_ts(e['eventTime'])) if e['eventTime'] else since(parse_ts(e['firstTimestamp']))
        if e.get('count', 0) > 1:
            age = '%s (x%d over %s)' % (since(parse_ts(e['lastTimestamp'])), e['count'], first)
        else:
            age = first
        src = e['source'].get('component') or e['reportingComponent']
        out += '  %s\t%s\t%s\t%s\t%s\n' % (e['type'], e['reason'], age, src, e['message'].strip())
    return out


def describe_pod(obj, events):
    m, spec, st = obj['metadata'], obj['spec'], obj['status']
    out = 'Name:\t%s\nNamespace:\t%s\nPriority:\t%d\n' % (m['name'], m['namespace'], spec['priority'])
    out += 'Service Account:\t%s\n' % spec['serviceAccountName']
    out += 'Node:\t%s/%s\n' % (spec['nodeName'], st['hostIP'])
    out += 'Start Time:\t%s\n' % rfc1123z_str(st['startTime'])
    out += multiline_map('Labels', m.get('labels'))
    out += multiline_map('Annotations', m.get('annotations'))
    out += 'Status:\t%s\n' % st['phase']
    out += 'IP:\t%s\nIPs:\n' % st['podIP'] + ''.join('  IP:\t%s\n' % i['ip'] for i in st['podIPs'])
    for o in m.get('ownerReferences', []):
        if o.get('controller'):
            out += 'Controlled By:\t%s/%s\n' % (o['kind'], o['name'])
    if spec.get('initContainers'):
        out += describe_containers('Init Containers', spec['initContainers'], st.get('initContainerStatuses', []))
    out += describe_containers('Containers', spec['containers'], st.get('containerStatuses', []))
    if spec.get('ephemeralContainers'):
        out += describe_containers('Ephemeral Containers', spec['ephemeralContainers'],
                                   st.get('ephemeralContainerStatuses', []))
    out += 'Conditions:\n  Type\tStatus\n' + ''.join('  %s \t%s \n' % (c['type'], c['status']) for c in st['conditions'])
    out += 'Volumes:\n'
    for v in spec['volumes']:
        out += '  %s:\n    Type:\tProjected (a volume that contains injected data from multiple sources)\n' % v['name']
        for src in v['projected']['sources']:
            if 'serviceAccountToken' in src:
                out += '    TokenExpirationSeconds:\t%d\n' % src['serviceAccountToken']['expirationSeconds']
            elif 'configMap' in src:
                out += '    ConfigMapName:\t%s\n    ConfigMapOptional:\t<nil>\n' % src['configMap']['name']
            elif 'downwardAPI' in src:
                out += '    DownwardAPI:\ttrue\n'
    out += 'QoS Class:\t%s\n' % st['qosClass']
    out += multiline_map('Node-Selectors', spec.get('nodeSelector'))
    tols = sorted(spec.get('tolerations', []), key=lambda t: t['key'])
    out += 'Tolerations:\t%s\n' % toleration_text(tols[0]) + ''.join('\t%s\n' % toleration_text(t) for t in tols[1:])
    out += describe_events(events)
    return tabwrite(out, 0, 2)


# --------------------------------------------------------------------------------------
# kubectl get events -A (server-side columns, API order, liggitt/tabwriter padding 3)
# --------------------------------------------------------------------------------------

def events_table(events):
    rows = ['NAMESPACE\tLAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE']
    for e in events:
        if e['firstTimestamp']:
            first = since(parse_ts(e['firstTimestamp']))
        else:
            first = since_micro(parse_ts(e['eventTime']))
        last = since(parse_ts(e['lastTimestamp'])) if e['lastTimestamp'] else first
        rows.append('%s\t%s\t%s\t%s\t%s/%s\t%s' % (e['metadata']['namespace'], last, e['type'], e['reason'],
                                                 e['involvedObject']['kind'].lower(), e['involvedObject']['name'],
                                                 e['message'].strip()))
    return tabwrite('\n'.join(rows) + '\n', 6, 3)


# --------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------

def simulate(pods):
    for p in pods:
        declared = {(ns, name) for ns, name, *_ in SECRETS}
        p.missing_secrets = [s for s in p.pull_secrets if (p.ns, s) not in declared]
        for c in p.containers:
            if c.present:
                p.node.images[c.image] = IMAGE_SIZES.get(c.image, int(between('size:' + c.image, 2e7, 3e8)))
    for p in pods:
        p.ip = '10.244.%d.%d' % (p.node.idx, p.node.next_ip)
        p.node.next_ip += int(between('ipstep:' + p.name, 1, 9))
        Kubelet(p).run()
        delta = None
        if p.align_now:
            # Shift the pod so that its last back-off sync ends exactly at NOW: NOW is then
            # the newest timestamp anywhere in the data.
            delta = NOW_NS - max(o[0] for o in p.occurrences if o[4] == 'Error: ImagePullBackOff')
        elif p.align_fail is not None:
            # Shift the pod so that its last pull failure lands align_fail seconds before
            # NOW: the snapshot then shows the failure's own waiting reason.
            last_fail = max(o[0] for o in p.occurrences if o[4].startswith('Failed to pull image'))
            delta = NOW_NS - int(p.align_fail * NS) - last_fail
        if delta is not None:
            p.created_ns += delta
            p.events, p.occurrences = {}, []
            for c in p.containers:
                c.reset()
            Kubelet(p).run()


def check(pods):
    """Each scenario's defining property, so a timing change cannot silently break one."""
    byname = {}
    for p in pods:
        byname.setdefault(p.scenario, []).append(p)
        evs = sorted(p.events.values(), key=lambda e: e['name'])
        reasons = [(e['reason'], e['message']) for e in evs]
        failed_pull = [m for r, m in reasons if r == 'Failed' and m.startswith('Failed to pull image')]
        st = {c.name: c for c in p.containers}
        exp = {row[0]: row for row in p.expect}
        for c in p.containers:
            state = exp[c.name][1]
            if state == 'failing' and exp[c.name][2] == 'pull-failed' and exp[c.name][3] != 'root-cause-expired':
                assert failed_pull, '%s: no Failed event survived' % p.name
                assert c.waiting and c.waiting[0] in ('ErrImagePull', 'ImagePullBackOff', 'RegistryUnavailable',
                                                      'SignatureValidationFailed'), (p.name, c.waiting)
            if exp[c.name][3] == 'root-cause-expired':
                assert not failed_pull, '%s: a Failed event survived' % p.name
                assert c.waiting[0] == 'ImagePullBackOff', (p.name, c.waiting)
                assert all(r == 'BackOff' for r, _ in reasons), (p.name, reasons)
            if state in ('ok', 'recovered'):
                assert st[c.name].state == 'running', (p.name, c.name, c.state)
            if state == 'pulling' or exp[c.name][2] == 'pulling':
                assert c.waiting == ('ContainerCreating', None), (p.name, c.waiting)
                pulls = [e for e in evs if e['reason'] == 'Pulling']
                assert len(pulls) == 1 and all(e['reason'] in ('Pulling', 'Scheduled') for e in evs), p.name
        if p.scenario == 'recovered':
            assert failed_pull and any(r == 'Pulled' for r, _ in reasons), reasons
        if p.scenario in ('registry-unavailable', 'signature-invalid') and p.node.rt == 'cri-o':
            c = p.containers[0]
            assert c.waiting[0] in ('RegistryUnavailable', 'SignatureValidationFailed'), (p.name, c.waiting)
        for e in p.events.values():
            assert (e['last'] or e['eventTime']) <= NOW_NS
    assert any(e['last'] == NOW_NS for p in pods for e in p.events.values() if e['last']), 'nothing at NOW'


def assign_resource_versions(pods, secrets, sas):
    writes = []
    for n in NODES.values():
        writes.append((NOW_NS - int(between(n.name + ':hb', 4, 250) * NS), 'node', n.name))
    for ns, name, _, _, days in [(s[0], s[1], s[2], s[3], s[4]) for s in SECRETS]:
        writes.append((ago(days * 86400 + between('sec:' + name + ns, 0, 80000)), 'secret', (ns, name)))
    for ns, name, _, days in SERVICE_ACCOUNTS:
        writes.append((ago(days * 86400 + between('sa:' + name + ns, 0, 80000)), 'sa', (ns, name)))
    for p in pods:
        writes.append((p.created_ns, 'pod0', p.name))
        last = max([p.created_ns] + [o[0] for o in p.occurrences])
        writes.append((last + 1, 'pod', p.name))
        for e in p.events.values():
            writes.append((e['last_write'], 'event', (p.name, e['name'])))
    writes.sort(key=lambda w: (w[0], w[1], str(w[2])))
    rv = 8213400
    out = {}
    for t, kind, key in writes:
        rv += 1 + int(frac('rv:%s:%s' % (kind, key)) * 37)
        out[(kind, key)] = (str(rv), t)
    return out


# Deployments read back from the API server, for the audit: their templates carry the
# defaulted imagePullPolicy, so only kubectl's last-applied-configuration annotation tells
# whether the user wrote one (CONTRACT.md, implicit-policy). (namespace, app, policy written)
DEPLOYMENTS = [
    ('training', 'inventory-api', True),
    ('training', 'model-registry-ui', False),
    ('training', 'web-frontend', False),
]


def deployment_object(ns, app, written, pods, rv):
    replicas = [p for p in pods if p.ns == ns and p.owner and p.owner[0] == 'ReplicaSet'
                and p.owner[1].rsplit('-', 1)[0] == app]
    assert replicas, app
    first = min(replicas, key=lambda p: p.created_ns)
    template = []
    applied = []
    for c in first.obj['spec']['containers']:
        spec = {k: v for k, v in c.items() if k != 'volumeMounts'}
        template.append(spec)
        mine = {'image': c['image'], 'name': c['name']}
        if 'ports' in c:
            mine['ports'] = [{'containerPort': pt['containerPort']} for pt in c['ports']]
        if written:
            mine['imagePullPolicy'] = c['imagePullPolicy']
        applied.append(mine)
    labels = {'app': app}
    last_applied = {'apiVersion': 'apps/v1', 'kind': 'Deployment',
                    'metadata': {'annotations': {}, 'name': app, 'namespace': ns},
                    'spec': {'replicas': len(replicas), 'selector': {'matchLabels': labels},
                             'template': {'metadata': {'labels': labels}, 'spec': {'containers': applied}}}}
    pod_spec = first.obj['spec']
    tspec = {'containers': template}
    for k in ('dnsPolicy', 'restartPolicy', 'schedulerName', 'securityContext', 'terminationGracePeriodSeconds'):
        if k in pod_spec:
            tspec[k] = pod_spec[k]
    # The template's own secrets: the service account's are added to pods at admission.
    if first.pull_secrets:
        tspec['imagePullSecrets'] = [{'name': n} for n in first.pull_secrets]
    if pod_spec.get('serviceAccountName', 'default') != 'default':
        tspec['serviceAccountName'] = pod_spec['serviceAccountName']
    return {'apiVersion': 'apps/v1', 'kind': 'Deployment',
            'metadata': {'annotations': {'deployment.kubernetes.io/revision': '1',
                                         'kubectl.kubernetes.io/last-applied-configuration':
                                             json.dumps(last_applied, separators=(',', ':'), sort_keys=True) + '\n'},
                         'creationTimestamp': ts(first.created_ns - 2 * NS), 'generation': 1, 'labels': labels,
                         'name': app, 'namespace': ns, 'resourceVersion': rv,
                         'uid': uid('deployment:%s/%s' % (ns, app))},
            'spec': {'progressDeadlineSeconds': 600, 'replicas': len(replicas), 'revisionHistoryLimit': 10,
                     'selector': {'matchLabels': labels},
                     'strategy': {'rollingUpdate': {'maxSurge': '25%', 'maxUnavailable': '25%'},
                                  'type': 'RollingUpdate'},
                     'template': {'metadata': {'creationTimestamp': None, 'labels': labels}, 'spec': tspec}},
            'status': {'observedGeneration': 1, 'replicas': len(replicas), 'unavailableReplicas': len(replicas),
                       'updatedReplicas': len(replicas)}}


def build(pods):
    rvs = assign_resource_versions(pods, SECRETS, SERVICE_ACCOUNTS)
    nodes = []
    for n in sorted(NODES.values(), key=lambda n: n.name):
        o = node_object(n)
        o['metadata']['resourceVersion'] = rvs[('node', n.name)][0]
        nodes.append(o)
    secrets = []
    for ns, name, kind, entries, _ in sorted(SECRETS, key=lambda s: (s[0], s[1])):
        o = secret_object(ns, name, kind, entries)
        rv, t = rvs[('secret', (ns, name))]
        o['metadata'].update(resourceVersion=rv, creationTimestamp=ts(t))
        secrets.append(o)
    sas = []
    for ns, name, pulls, _ in sorted(SERVICE_ACCOUNTS):
        rv, t = rvs[('sa', (ns, name))]
        o = {'apiVersion': 'v1', 'kind': 'ServiceAccount',
             'metadata': {'creationTimestamp': ts(t), 'name': name, 'namespace': ns, 'resourceVersion': rv,
                          'uid': uid('sa:%s/%s' % (ns, name))}}
        if pulls:
            o['imagePullSecrets'] = [{'name': s} for s in pulls]
        sas.append(o)
    pod_objs, events = [], []
    for p in sorted(pods, key=lambda p: (p.ns, p.name)):
        p.rv0 = rvs[('pod0', p.name)][0]
        o = pod_object(p)
        o['metadata']['resourceVersion'] = rvs[('pod', p.name)][0]
        p.obj = o
        pod_objs.append(o)
        p.event_objs = []
        for e in sorted(p.events.values(), key=lambda e: e['name']):
            e['rv'] = rvs[('event', (p.name, e['name']))][0]
            eo = event_object(p, e)
            p.event_objs.append(eo)
            events.append(eo)
    events.sort(key=lambda e: (e['metadata']['namespace'] + '/', e['metadata']['name']))
    # Resource versions after every other object's, so that adding these moved no other.
    last_rv = max(int(v[0]) for v in rvs.values())
    deployments = [deployment_object(ns, app, written, pods, str(last_rv + 1 + i))
                   for i, (ns, app, written) in enumerate(DEPLOYMENTS)]
    return {'apiVersion': 'v1', 'items': nodes + secrets + sas + deployments + pod_objs + events, 'kind': 'List',
            'metadata': {'resourceVersion': ''}}


RUNTIME_WORDING = {
    'containerd://1.7.13': 'containerd 1.7', 'containerd://1.7.20': 'containerd 1.7', 'containerd://2.0.2': 'containerd 2.0',
    'containerd://1.6.21': 'containerd 1.6', 'cri-o://1.31.0': 'CRI-O', 'docker://24.0.9': 'Docker Engine',
}


def readme(pods):
    rows = []
    for p in sorted(pods, key=lambda p: (p.ns, p.name)):
        for c, state, step, cause, forms, comment in p.expect:
            rows.append('| `%s/%s` | %s | %s | %s | %s, %s | %s | %s | %s |' % (
                p.ns, p.name, c, p.scenario, p.seed, p.node.kubelet, RUNTIME_WORDING[p.node.runtime], p.node.name,
                '`%s`' % cause if cause != '-' else '- (state %s)' % state, p.notes))
    nodes = '\n'.join('| %s | %s | %s | %s |' % (n.name, n.kubelet, n.runtime, n.arch) for n in NODES.values())
    return README_TEMPLATE.format(pods=len(pods), rows='\n'.join(rows), nodes=nodes, now=NOW.strftime('%Y-%m-%dT%H:%M:%SZ'))


README_TEMPLATE = """# The bundled training cluster

Generated by `scripts/gen-samples.py` (Python standard library, deterministic). Do not edit the
files here by hand: change the script and run it again.

| file | what it is |
|---|---|
| `training-cluster.json` | `kubectl get nodes,secrets,serviceaccounts,deployments,pods,events -A -o json` |
| `training-cluster.yaml` | the same objects as `-o yaml` |
| `training-cluster.describe.txt` | `kubectl describe pod -A` (kubectl 1.32 layout) |
| `training-cluster.events.txt` | `kubectl get events -A` |

All four are the same cluster seen at **{now}** (NOW). Relative ages in the two text forms are
computed against NOW, and NOW is the newest timestamp in the data (the last
`Error: ImagePullBackOff` event of `batch-embed`), so `--now` defaults to it.

## Nodes

| node | kubelet | runtime | arch |
|---|---|---|---|
{nodes}

The control plane is 1.32. node-06 and node-07 form a legacy pool left at 1.27 during an
upgrade and node-01 is on 1.28; that is wider than the supported version skew and is kept on
purpose so that every message format appears. All nodes run with `serializeImagePulls: false`,
so one slow pull does not hold up the others.

## Workloads for the audit

Three Deployments come with the pods they own, read back from the API server as `kubectl get
-o yaml` shows them: their templates carry the defaulted `imagePullPolicy`, so only kubectl's
`last-applied-configuration` annotation tells what the user wrote. `web-frontend` and
`model-registry-ui` were applied without an `imagePullPolicy` (the audit's `implicit-policy`);
`inventory-api` wrote `IfNotPresent` (no finding). The audit reports their pods' findings on the
Deployment (tests/data/audit/bundled-expected.tsv).

## How the events were made

The script runs a small model of the kubelet for every pod rather than writing events by
hand: pod-worker retries every 10-15 s after an error, image back-off of 10 s doubling to
300 s (per pod and image), a resync every 60-90 s for running pods, and client-go's event
correlator (identical events are patched with `count+1`; a token bucket of 25 events per pod,
refilled at one every 5 minutes, drops the rest) followed by the API server's 1-hour event TTL.
That is why long-failing pods show stale `Failed` events with small counts, and why
`notebook` (failing for 3 hours) has nothing left but `BackOff`.

Message formats follow the kubelet version of each pod's node (image manager and
kuberuntime texts of that release):

- 1.27: `Successfully pulled image ... in <ns precision> (<...> including waiting)`; pull errors
  keep `rpc error: code = Unknown desc = `.
- 1.28 and later: durations truncated to ms; `rpc error: code = Unknown desc = ` is stripped
  from PullImage errors (kubernetes PR #117612, merged for 1.28), other codes (`NotFound`,
  `FailedPrecondition`) keep the prefix; `RegistryUnavailable` / `SignatureValidationFailed`
  become waiting reasons.
- 1.30 and later: `Image size: N bytes.`
- 1.32: the `ImagePullBackOff` waiting message carries the previous error
  (`Back-off pulling image "x": ErrImagePull: ...`).
- Events: `reportingComponent`/`reportingInstance` are `""` on 1.27 and copied from `source` on
  1.28 and later (the boundary is inferred, not pinned); `Scheduled` comes from the scheduler
  through events.k8s.io, so it has `eventTime` and no `firstTimestamp`/`count`.

Runtime wordings (the inner error after `failed to pull and unpack image "...": `):

- containerd 1.6.21 (node-06; built with Go 1.19): `x509: certificate signed by unknown authority`
  without the `tls: failed to verify certificate: ` prefix (`legacy-app`, the seed's text);
  `failed to copy: httpReadSeeker: failed open: failed to do request: Get ...: unexpected EOF`
  (`llm-serving`); DNS `lookup ... on 169.254.169.254:53: no such host` (`web-frontend`).
- containerd 1.7 (node-01, -02, -05): token fetch `failed to authorize: failed to fetch oauth token:
  unexpected status from GET request to <realm>?scope=...&service=...: 401 Unauthorized`
  (`feature-trainer`) and `... fetch anonymous token ...` (`evaluator`, `segmenter-api`);
  `pull access denied, repository does not exist or may require authorization: server message:
  insufficient_scope: authorization failed`; the 429 `httpReadSeeker` text; `tls: failed to verify
  certificate: x509: ...`; `proxyconnect tcp: ...`; `no match for platform in manifest: not found`
  (code NotFound); `failed to extract layer ...: no space left on device: unknown`; `failed commit on
  ref "layer-sha256:...": unexpected commit size ...: failed precondition` (code FailedPrecondition);
  `unexpected status from HEAD request to ...: 503 Service Unavailable`.
- containerd 2.0 (node-03): `<ref>: not found` (code NotFound), `403 Forbidden` on HEAD, `dial tcp
  10.0.0.1:443: connect: connection refused`, `x509: certificate has expired or is not yet valid:
  current time ... is after ...`, `i/o timeout`.
- CRI-O 1.31 (node-04): `initializing source docker://...: reading manifest 3.2.0 in ...: manifest
  unknown`; `short-name "myapp:latest" did not resolve to an alias and no unqualified-search
  registries are defined in "/etc/containers/registries.conf"`; `RegistryUnavailable: pinging
  container registry ...` (connection refused, wrapped by CRI-O) and `SignatureValidationFailed:
  Source image rejected: ...`, which the 1.31 kubelet turns into those waiting reasons.
- Docker Engine 24 through cri-dockerd (node-07): `Error response from daemon: Get
  "https://registry-1.docker.io/v2/": dial tcp: lookup ... server misbehaving` and, from ImageStatus,
  `Failed to inspect image "...": rpc error: code = Unknown desc = Error response from daemon:
  readlink /var/lib/docker/overlay2/l: invalid argument`; image IDs are `docker-pullable://...`.
- The kubelet itself: `pull QPS exceeded` (`batch-embed`), `Failed to apply default image tag
  "MyApp:v1": couldn't parse image name ...` (`image-case-demo`), `Container image "myapp:v1.0" is
  not present with pull policy of Never` (`offline-app`).

Secrets carry fake passwords (`FAKE-...`). `kube-system` and other system namespaces are left out.
The "seed section" column refers to the sections of the Chinese domain reference the scenario follows.

## Pods ({pods})

The expected diagnosis of each container, and the input forms in which it must come out
exactly so, is in `tests/data/samples/expected.tsv`.

| pod | container | scenario | seed section | kubelet, runtime wording | node | expected cause | notes |
|---|---|---|---|---|---|---|---|
{rows}
"""


def expected_tsv(pods):
    out = ['# Expected diagnosis of every container in resources/samples/training-cluster.*',
           '# (generated by scripts/gen-samples.py; "-" means null).',
           '# forms: the input forms in which the diagnosis must be exactly this row. The',
           '# `kubectl get events` table has no SUBOBJECT column, so in the events form a container',
           '# is known only through its pod; rows of single-container pods include that form.',
           '# namespace\tpod\tcontainer\tcontainerType\tstate\tfailingStep\tcause\tforms']
    for p in sorted(pods, key=lambda p: (p.ns, p.name)):
        kinds = {c.name: c.kind for c in p.containers}
        for c, state, step, cause, forms, comment in p.expect:
            if comment:
                out.append('# %s/%s %s: %s' % (p.ns, p.name, c, comment))
            out.append('\t'.join([p.ns, p.name, c, kinds[c], state, step, cause, forms]))
    return '\n'.join(out) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args = ap.parse_args()
    pods = build_pods()
    simulate(pods)
    check(pods)
    lst = build(pods)
    files = {
        'resources/samples/training-cluster.json': to_json(lst),
        'resources/samples/training-cluster.yaml': to_yaml(lst),
        'resources/samples/training-cluster.describe.txt':
            '\n\n'.join(describe_pod(p.obj, p.event_objs) for p in sorted(pods, key=lambda p: (p.ns, p.name)))
            .replace('\n\n\n\n', '\n\n\n'),
        'resources/samples/training-cluster.events.txt':
            events_table([i for i in lst['items'] if i['kind'] == 'Event']),
        'resources/samples/README.md': readme(pods),
        'tests/data/samples/expected.tsv': expected_tsv(pods),
    }
    for rel, text in files.items():
        path = os.path.join(args.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        print('wrote %s (%d bytes)' % (rel, len(text.encode())))
    return 0


if __name__ == '__main__':
    sys.exit(main())
