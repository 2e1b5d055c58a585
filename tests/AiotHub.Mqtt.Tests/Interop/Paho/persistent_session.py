"""Persistent session: a client subscribes at QoS 2 with a session that outlives the connection,
disconnects, QoS 1 and 2 messages are published, and on reconnecting it finds its session and the
messages at their QoS."""

from paho_peer import Peer, arguments, report, settle

TOPIC = "paho/session/setpoint"

args = arguments()
first = Peer(args, "paho-thermostat", clean=True, session_expiry=300).connect()
first.disconnect()  # start from a clean slate even if the id was used before

away = Peer(args, "paho-thermostat", clean=False, session_expiry=300).connect()
away.subscribe(TOPIC, 2)
away.disconnect()

publisher = Peer(args, "paho-session-pub").connect()
for value, qos in (("21.5", 1), ("19", 2), ("18", 2)):
    publisher.publish(TOPIC, value, qos)
publisher.disconnect()

back = Peer(args, "paho-thermostat", clean=False, session_expiry=300).connect()
back.wait_for_messages(3)
settle()
received = back.received()
back.disconnect()
report({"session_present": back.connack["session_present"], "received": received})
