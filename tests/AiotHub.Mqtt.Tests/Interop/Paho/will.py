"""Will: a client that vanishes without DISCONNECT has its will published to a watcher; a client
that disconnects cleanly does not."""

from paho_peer import Peer, arguments, report, settle

args = arguments()
watcher = Peer(args, "paho-watcher").connect()
watcher.subscribe("paho/devices/+/status", 1)

polite = Peer(args, "paho-polite", will=("paho/devices/polite/status", "offline", 1)).connect()
polite.disconnect()

device = Peer(args, "paho-device", will=("paho/devices/plug/status", "offline", 1)).connect()
device.vanish()

watcher.wait_for_messages(1)
settle()
received = watcher.received()
watcher.disconnect()
report({"received": received})
