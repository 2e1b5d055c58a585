# A device pairing with an AiotHub hub (docs/mqtt-protocol.md "Pairing"), written with Eclipse paho as a device
# maker would: connect as $pair with the one-time code, subscribe to the response, ask once, print the answer.
# usage: pair_device.py HOST PORT CODE DEVICE_ID MODEL 5|3 [CSR_FILE]
import json, sys, threading
import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

host, port, code, device, model, version = sys.argv[1:7]
csr = open(sys.argv[7]).read() if len(sys.argv) > 7 else None
v5 = version == "5"
topic = f"aiot/$pair/{device}"
done = threading.Event()
out = {}

def on_connect(client, userdata, flags, rc, properties=None):
    code = getattr(rc, "value", rc)
    if code != 0:
        out["connack"] = code
        done.set()
        return
    client.subscribe(topic + "/response", qos=1)

def on_subscribe(client, userdata, mid, granted, properties=None):
    request = {"model": model}
    if csr:
        request["csr"] = csr
    props = None
    if v5:
        props = Properties(PacketTypes.PUBLISH)
        props.ResponseTopic = topic + "/response"
        props.CorrelationData = b"req-42"
    else:
        request["id"] = "req-42"
    client.publish(topic + "/request", json.dumps(request), qos=1, properties=props)

def on_message(client, userdata, msg):
    out["response"] = json.loads(msg.payload)
    if v5 and hasattr(msg.properties, "CorrelationData"):
        out["correlation"] = msg.properties.CorrelationData.decode()
    done.set()

client = mqtt.Client(client_id=device, protocol=mqtt.MQTTv5 if v5 else mqtt.MQTTv311)
client.username_pw_set("$pair", code)
client.on_connect, client.on_subscribe, client.on_message = on_connect, on_subscribe, on_message
client.connect(host, int(port))
client.loop_start()
if not done.wait(20):
    out["timeout"] = True
client.disconnect()
client.loop_stop()
print(json.dumps(out))
