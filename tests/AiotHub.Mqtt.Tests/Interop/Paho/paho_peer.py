"""Shared helpers for the paho-mqtt interop peers (paho-mqtt 1.6, Debian's python3-paho-mqtt).

Each scenario script connects real paho clients to the broker under test, does one thing, and
prints one JSON line with what it observed; the C# test asserts on it. A script exits non-zero
only when something did not happen in time (the message says what)."""

import argparse
import json
import sys
import threading
import time

import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

TIMEOUT = 15.0


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--version", choices=["311", "5"], required=True)
    return parser.parse_args()


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(2)


def report(result):
    print(json.dumps(result, sort_keys=True))
    sys.stdout.flush()


def wait_until(condition, what, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            fail("timed out waiting for " + what)
        time.sleep(0.02)


class Peer:
    """One paho client on its own network thread, recording what it receives."""

    def __init__(self, args, client_id="", clean=True, session_expiry=None, will=None):
        self.args = args
        self.v5 = args.version == "5"
        self.client_id = client_id
        self.clean = clean
        self.session_expiry = session_expiry
        self.lock = threading.Lock()
        self.messages = []
        self.connack = None
        self.subacks = {}
        if self.v5:
            self.client = mqtt.Client(client_id=client_id, protocol=mqtt.MQTTv5)
        else:
            self.client = mqtt.Client(client_id=client_id, clean_session=clean, protocol=mqtt.MQTTv311)
        if will is not None:
            topic, payload, qos = will
            self.client.will_set(topic, payload, qos)
        self.client.on_connect = self._on_connect
        self.client.on_subscribe = self._on_subscribe
        self.client.on_message = self._on_message

    # paho 1.6 calls v5 callbacks with an extra properties argument.
    def _on_connect(self, client, userdata, flags, rc, properties=None):
        self.connack = {"session_present": bool(flags.get("session present")), "rc": int(rc.value if hasattr(rc, "value") else rc)}

    def _on_subscribe(self, client, userdata, mid, granted, properties=None):
        self.subacks[mid] = [int(g.value if hasattr(g, "value") else g) for g in granted]

    def _on_message(self, client, userdata, msg):
        entry = {"topic": msg.topic, "payload": msg.payload.decode("utf-8"), "qos": msg.qos, "retain": bool(msg.retain)}
        props = getattr(msg, "properties", None)
        if props is not None and hasattr(props, "UserProperty"):
            entry["user_properties"] = [list(p) for p in props.UserProperty]
        with self.lock:
            self.messages.append(entry)

    def connect(self):
        if self.v5:
            properties = Properties(PacketTypes.CONNECT)
            if self.session_expiry is not None:
                properties.SessionExpiryInterval = self.session_expiry
            self.client.connect(self.args.host, self.args.port, keepalive=30, clean_start=self.clean, properties=properties)
        else:
            self.client.connect(self.args.host, self.args.port, keepalive=30)
        self.client.loop_start()
        wait_until(lambda: self.connack is not None, "CONNACK for '%s'" % self.client_id)
        if self.connack["rc"] != 0:
            fail("connection refused: %s" % self.connack)
        return self

    def subscribe(self, topic, qos):
        result, mid = self.client.subscribe(topic, qos)
        if result != mqtt.MQTT_ERR_SUCCESS:
            fail("subscribe failed: %d" % result)
        wait_until(lambda: mid in self.subacks, "SUBACK for " + topic)
        return self.subacks[mid]

    def publish(self, topic, payload, qos, retain=False, user_properties=None):
        properties = None
        if self.v5 and user_properties:
            properties = Properties(PacketTypes.PUBLISH)
            properties.UserProperty = user_properties
        info = self.client.publish(topic, payload, qos, retain, properties)
        # QoS 1 completes on PUBACK, QoS 2 on PUBCOMP.
        info.wait_for_publish(TIMEOUT)
        if not info.is_published():
            fail("publish to %s at QoS %d was not acknowledged" % (topic, qos))

    def received(self):
        with self.lock:
            return list(self.messages)

    def wait_for_messages(self, count):
        wait_until(lambda: len(self.received()) >= count, "%d messages for '%s' (got %d)" % (count, self.client_id, len(self.received())))
        return self.received()

    def disconnect(self):
        self.client.disconnect()
        self.client.loop_stop()

    def vanish(self):
        """Closes the socket without DISCONNECT, as a device losing power does."""
        self.client.loop_stop()  # stop the network thread first, so it never sees the closed socket
        self.client.socket().close()


def settle():
    """Gives a duplicate delivery the time to show up before the result is reported."""
    time.sleep(0.5)
