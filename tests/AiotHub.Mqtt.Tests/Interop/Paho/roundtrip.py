"""QoS 0/1/2 round trip: a subscriber at each QoS receives what a publisher sends at that QoS.
Reports, per QoS, how many were published and acknowledged and what arrived (with duplicates)."""

from paho_peer import Peer, arguments, report, settle

COUNT = 10

args = arguments()
subscriber = Peer(args, "paho-sub").connect()
publisher = Peer(args, "paho-pub").connect()
result = {}
for qos in (0, 1, 2):
    topic = "paho/roundtrip/qos%d" % qos
    granted = subscriber.subscribe(topic, qos)
    before = len(subscriber.received())
    for i in range(COUNT):
        publisher.publish(topic, "m%d" % i, qos)
    subscriber.wait_for_messages(before + COUNT)
    settle()
    messages = [m for m in subscriber.received() if m["topic"] == topic]
    result[str(qos)] = {
        "granted": granted,
        "published": COUNT,
        "payloads": [m["payload"] for m in messages],
        "qos": sorted({m["qos"] for m in messages}),
    }
publisher.disconnect()
subscriber.disconnect()
report(result)
