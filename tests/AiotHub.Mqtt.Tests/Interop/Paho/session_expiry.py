"""Session expiry (MQTT 5.0 §3.1.2.11.2): a session with a 1 s expiry interval is gone 3 s after
its client disconnected; reconnecting finds no session and none of what was published meanwhile."""

import time

from paho_peer import Peer, arguments, report, settle

TOPIC = "paho/expiry/setpoint"

args = arguments()
short = Peer(args, "paho-short-lived", clean=True, session_expiry=1).connect()
short.subscribe(TOPIC, 1)
short.disconnect()
time.sleep(3)

publisher = Peer(args, "paho-expiry-pub").connect()
publisher.publish(TOPIC, "lost", 1)
publisher.disconnect()

back = Peer(args, "paho-short-lived", clean=False, session_expiry=1).connect()
settle()
settle()
received = back.received()
back.disconnect()
report({"session_present": back.connack["session_present"], "received": received})
