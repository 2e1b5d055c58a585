"""Shared subscription (MQTT 5.0 §4.8.2): two members of $share/workers receive each message exactly once between them."""

from paho_peer import Peer, arguments, report, settle, wait_until

COUNT = 20

args = arguments()
a = Peer(args, "paho-worker-a").connect()
b = Peer(args, "paho-worker-b").connect()
a.subscribe("$share/workers/paho/jobs/#", 1)
b.subscribe("$share/workers/paho/jobs/#", 1)
publisher = Peer(args, "paho-jobs").connect()
for i in range(COUNT):
    publisher.publish("paho/jobs/render", "job-%d" % i, 1, user_properties=[("origin", "paho")])
wait_until(lambda: len(a.received()) + len(b.received()) >= COUNT, "%d jobs across the group" % COUNT)
settle()
result = {"a": a.received(), "b": b.received(), "published": COUNT}
for peer in (a, b, publisher):
    peer.disconnect()
report(result)
