"""Retained: a later subscriber gets the retained message flagged retain; after an empty retained
publish a new subscriber gets only the live message published after its SUBACK."""

from paho_peer import Peer, arguments, report, settle

TOPIC = "paho/retained/hall"

args = arguments()
publisher = Peer(args, "paho-retain-pub").connect()
publisher.publish(TOPIC, "on", 1, retain=True)

late = Peer(args, "paho-retain-late").connect()
late.subscribe(TOPIC, 1)
first = late.wait_for_messages(1)
late.disconnect()

publisher.publish(TOPIC, "", 1, retain=True)
after = Peer(args, "paho-retain-after").connect()
after.subscribe(TOPIC, 1)
publisher.publish(TOPIC, "live", 1)
after.wait_for_messages(1)
settle()
second = after.received()
after.disconnect()
publisher.disconnect()
report({"late": first, "after_clear": second})
