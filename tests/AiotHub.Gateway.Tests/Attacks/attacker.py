"""An attacker's MQTT client for the hub's attack suite (paho-mqtt 1.6, Debian's python3-paho-mqtt).

Written the way someone outside the project would probe a hub: one paho client, one attack per run, and one
JSON line on stdout saying what the broker answered and what came back. The C# tests run it on loopback or
inside a network namespace (another address) and assert that the attack was refused and nothing changed.

    attacker.py --host H --port P [--v5] [--client-id C] [--user U --password P] ACTION [options]

Actions:
    connect                              only CONNECT; reports the CONNACK code
    subscribe FILTER [--seconds S]       subscribe and collect what arrives for S seconds
    publish TOPIC PAYLOAD [--qos Q] [--retain]
                                         publish once; with --v5 and QoS 1 reports the PUBACK reason code
    takeover [--times N]                 connect N times in a row with the same client id; counts the accepted
    expiry SECONDS                       MQTT 5 connect with that Session Expiry Interval and a will on the
                                         client's own availability topic, then drop the TCP connection (no DISCONNECT)
"""

import argparse
import json
import socket
import sys
import threading
import time

import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

TIMEOUT = 10.0


def report(result):
    print(json.dumps(result, sort_keys=True))
    sys.stdout.flush()


class Attacker:
    def __init__(self, args, client_id=None, session_expiry=None, will=None):
        self.args = args
        self.lock = threading.Lock()
        self.connack = None
        self.suback = None
        self.puback = {}
        self.messages = []
        self.disconnect_reason = None
        self.client_id = args.client_id if client_id is None else client_id
        if args.v5:
            self.client = mqtt.Client(client_id=self.client_id, protocol=mqtt.MQTTv5)
        else:
            self.client = mqtt.Client(client_id=self.client_id, clean_session=True, protocol=mqtt.MQTTv311)
        if args.user is not None:
            self.client.username_pw_set(args.user, args.password)
        if will is not None:
            topic, payload = will
            self.client.will_set(topic, payload, qos=1, retain=True)
        self.session_expiry = session_expiry
        self.client.on_connect = self.on_connect
        self.client.on_subscribe = self.on_subscribe
        self.client.on_message = self.on_message
        self.client.on_publish = self.on_publish
        self.client.on_disconnect = self.on_disconnect

    def on_connect(self, client, userdata, flags, rc, properties=None):
        with self.lock:
            self.connack = rc.value if hasattr(rc, "value") else int(rc)

    def on_subscribe(self, client, userdata, mid, granted, properties=None):
        with self.lock:
            self.suback = [g.value if hasattr(g, "value") else int(g) for g in granted]

    def on_message(self, client, userdata, message):
        with self.lock:
            self.messages.append({
                "topic": message.topic,
                "payload": message.payload.decode("utf-8", "replace"),
                "retain": bool(message.retain),
            })

    def on_publish(self, client, userdata, mid, *rest):
        with self.lock:
            self.puback[mid] = 0

    def on_disconnect(self, client, userdata, rc, properties=None):
        with self.lock:
            self.disconnect_reason = rc.value if hasattr(rc, "value") else int(rc)

    def connect(self):
        """CONNECT and wait for the CONNACK (or the connection to close). Returns the CONNACK code or None."""
        properties = None
        if self.args.v5:
            properties = Properties(PacketTypes.CONNECT)
            if self.session_expiry is not None:
                properties.SessionExpiryInterval = self.session_expiry
        try:
            if self.args.v5:
                self.client.connect(self.args.host, self.args.port, keepalive=30, clean_start=True, properties=properties)
            else:
                self.client.connect(self.args.host, self.args.port, keepalive=30)
        except (ConnectionRefusedError, socket.timeout, OSError) as error:
            return "socket: " + str(error)
        self.client.loop_start()
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            with self.lock:
                if self.connack is not None:
                    return self.connack
                if self.disconnect_reason is not None and self.connack is None:
                    break
            time.sleep(0.02)
        with self.lock:
            return self.connack

    def stop(self):
        try:
            self.client.disconnect()
        except Exception:
            pass
        self.client.loop_stop()


def connect(args):
    attacker = Attacker(args)
    code = attacker.connect()
    attacker.stop()
    report({"connack": code})


def subscribe(args):
    attacker = Attacker(args)
    code = attacker.connect()
    if code != 0:
        attacker.stop()
        report({"connack": code, "suback": None, "messages": []})
        return
    attacker.client.subscribe(args.filter, qos=1)
    time.sleep(args.seconds)
    attacker.stop()
    with attacker.lock:
        report({"connack": code, "suback": attacker.suback, "messages": attacker.messages})


def publish(args):
    attacker = Attacker(args)
    code = attacker.connect()
    if code != 0:
        attacker.stop()
        report({"connack": code, "puback": None})
        return
    # paho 1.6 does not hand the PUBACK reason code to on_publish; read it off the wire instead.
    reason = {"code": None}
    original = attacker.client._handle_pubackcomp

    def handle(cmd):
        packet = attacker.client._in_packet["packet"]
        if len(packet) >= 3:
            reason["code"] = packet[2]
        elif len(packet) == 2:
            reason["code"] = 0
        return original(cmd)

    attacker.client._handle_pubackcomp = handle
    info = attacker.client.publish(args.topic, args.payload, qos=args.qos, retain=args.retain)
    if args.qos > 0:
        deadline = time.monotonic() + TIMEOUT
        while reason["code"] is None and attacker.disconnect_reason is None and time.monotonic() < deadline:
            time.sleep(0.02)
    else:
        time.sleep(0.5)
    disconnected = attacker.disconnect_reason
    attacker.stop()
    report({"connack": code, "puback": reason["code"], "disconnected": disconnected, "mid": info.mid})


def takeover(args):
    accepted = 0
    codes = []
    for _ in range(args.times):
        attacker = Attacker(args)
        code = attacker.connect()
        codes.append(code)
        if code == 0:
            accepted += 1
        attacker.client.loop_stop()
        try:
            attacker.client.socket().close()
        except Exception:
            pass
    report({"accepted": accepted, "codes": codes})


def expiry(args):
    args.v5 = True
    will_topic = "aiot/" + args.client_id + "/availability"
    attacker = Attacker(args, session_expiry=args.seconds, will=(will_topic, '{"state":"offline","reason":"last-will"}'))
    code = attacker.connect()
    attacker.client.loop_stop()
    # Drop the TCP connection without DISCONNECT, so the broker arms the session-expiry and will timers.
    try:
        attacker.client.socket().close()
    except Exception:
        pass
    report({"connack": code})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--v5", action="store_true")
    parser.add_argument("--client-id", default="mallory")
    parser.add_argument("--user")
    parser.add_argument("--password", default="")
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("connect")
    p = actions.add_parser("subscribe")
    p.add_argument("filter")
    p.add_argument("--seconds", type=float, default=3.0)
    p = actions.add_parser("publish")
    p.add_argument("topic")
    p.add_argument("payload")
    p.add_argument("--qos", type=int, default=1)
    p.add_argument("--retain", action="store_true")
    p = actions.add_parser("takeover")
    p.add_argument("--times", type=int, default=20)
    p = actions.add_parser("expiry")
    p.add_argument("seconds", type=int)
    args = parser.parse_args()
    {"connect": connect, "subscribe": subscribe, "publish": publish, "takeover": takeover, "expiry": expiry}[args.action](args)


if __name__ == "__main__":
    main()
