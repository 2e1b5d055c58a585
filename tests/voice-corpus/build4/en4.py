"""test4, English: hand-written, one utterance a line; the comment names the voice.

Voices: AU = an Australian (arvo, telly, the aircon, no worries, mate); SC = a Scot (wee, the now, baltic, the telly);
IE = an Irishman (grand, sitting room, would you ever, there); L2 = a Chinese speaker using English as a second
language (open/close the light, more cold, make it become); OLD = an elderly American, very polite and verbose;
TEEN = a teenager (short, lowercase); PAR = a parent juggling kids; ASR = speech-to-text (no punctuation, numbers in
words); SIT = a house-sitter who does not know the home's names.
"""
from lib import (ALL_OFF, APPS, CLOSE, LIGHTS, LIVING_OFF, NETFLIX, OPEN, PLAYERS, SOUND, A, M, P, S, acfan, acmode,
                 act, app, ask, boxp, br, col, cooler, ct, dimmer, dn, dock, hotter, inp, key, lang, lmode, louder, mute,
                 no, off, on, pfan, pmode, pos, q, quieter, sp, sweep, tt, tvp, unmute, up, vfan, vol, wl, wr, brighter)
from common4 import (BLUE, GREEN, RED, YELLOW, brightC, cooler_white, darkBedroom, dimC, eco, hswing, vstop, vswing,
                     warmer)

lang("en")

# ---------------- power ----------------
act("power", "flick the telly on would ya", on("tv"))  # AU
act("power", "switch the aircon off mate", off("ac"))  # AU
act("power", "chuck the kettle on", on("kettle"))  # AU
act("power", "lights on in the lounge", on("ceil"), note="the lounge = the living room; its only light")  # AU
act("power", "turn the purifier off in the bedroom no worries", off("pur"))  # AU
act("power", "put the big light off", off("ceil"))  # SC
act("power", "switch the wee lamp by the bed on", on("bulb"))  # SC
act("power", "switch the telly off the now", off("tv"), note="Scots 'the now' = right now")  # SC
act("power", "would you turn on the lamp in the bedroom there", on("bulb"))  # IE
act("power", "switch on the air conditioning in the sitting room", on("ac"),
    note="sitting room = the living room")  # IE
act("power", "would you ever turn on both switches on the wall", wl(True), wr(True))  # IE
act("power", "open the light in bedroom", on("bulb"), note="L2: open = switch on")  # L2
act("power", "close the tv", off("tv"), note="L2: close = switch off")  # L2
act("power", "open the air con", on("ac"))  # L2
act("power", "please close the purifier", off("pur"))  # L2
act("power", "open the tv box", on("box"))  # L2
act("power", "would you be so kind as to turn on the air purifier in the bedroom", on("pur"))  # OLD
act("power", "I'd like the television switched off now if you don't mind", off("tv"))  # OLD
act("power", "please turn off the light in the bedroom, thank you kindly", off("bulb"))  # OLD
act("power", "could you turn the ceiling light back on for me", on("ceil"))  # OLD
act("power", "tv box on", on("box"))  # TEEN
act("power", "ceiling light off", off("ceil"))  # TEEN
act("power", "bedroom light on", on("bulb"))  # TEEN
act("power", "purifier on", on("pur"))  # TEEN
act("power", "can you turn the living room light on please", on("ceil"))  # PAR
act("power", "turn off the streaming thing the kids left it on", off("box"),
    note="the streaming thing = the TV box (the streaming player)")  # PAR
act("power", "switch the kettle off before someone burns themselves", off("kettle"))  # PAR
act("power", "turn on the kettle plug", on("kettle"))  # ASR
act("power", "switch off the bedside bulb", off("bulb"))  # ASR
act("power", "turn the air conditioner on", on("ac"))  # ASR
act("power", "turn on the left switch in the living room", wl(True))  # SIT
act("power", "switch off the right hand switch on the wall", wr(False))  # SIT
act("power", "get the robot vacuum to do the floors while we're out", sweep(),
    note="start cleaning; 'while we're out' is no mode")  # PAR
act("power", "send the vacuum back to its dock", dock())  # ASR
act("power", "can you turn the living room lights on and, uh, the tv too", on("ceil"), on("tv"))  # PAR
act("power", "draw the curtains would ya, sun's in me eyes", CLOSE())  # AU
act("power", "open the curtains there", OPEN())  # IE
act("power", "the tv is on but nobody's watching turn it off", off("tv"),
    note="'it' is the TV named in the same sentence")  # SIT

# ---------------- set ----------------
act("set", "set the aircon to twenty two", tt(22))  # AU
act("set", "put the aircon on cool", acmode(1))  # AU
act("set", "aircon on dry mode", acmode(2))  # AU
act("set", "bedroom light to fifty percent", P("bulb", "light.brightness", 50))  # AU
act("set", "set the living room light to night mode", lmode(1))  # AU
act("set", "set the big light to reading mode", lmode(2))  # SC
act("set", "make the bedside lamp blue", col(BLUE))  # SC
act("set", "set the purifier fan to medium", pfan(2),
    note="the fan level applies in manual mode; an engine that also sets mode Manual is arguably right")  # SC
act("set", "make the aircon swing up and down", vswing(True))  # SC
act("set", "put the air conditioning on heat", acmode(3))  # IE
act("set", "turn the telly over to HDMI one", inp(1))  # IE
act("set", "put the air conditioner on eco", eco(True))  # IE
act("set", "air con temperature twenty six", tt(26))  # L2
act("set", "change bedroom lamp to green color", col(GREEN))  # L2
act("set", "curtain open seventy percent", pos(70))  # L2
act("set", "the vacuum suction make it strongest", vfan(3), note="strongest = the top level, Turbo")  # L2
act("set", "ceiling light brightness make to 100", br("ceil", 100))  # L2
act("set", "please open the living room curtains halfway, thank you", pos(50))  # OLD
act("set", "please set the speaker volume to thirty", vol("spk", 30))  # OLD
act("set", "please set the ceiling light to four thousand kelvin", ct("ceil", 4000))  # OLD
act("set", "would you set the air conditioner fan to low, please, it's rather drafty", acfan(1))  # OLD
act("set", "speaker volume 60", vol("spk", 60))  # TEEN
act("set", "tv to hdmi 2", inp(2))  # TEEN
act("set", "bedroom light yellow", col(YELLOW))  # TEEN
act("set", "purifier auto", pmode(0))  # TEEN
act("set", "put the purifier on sleep so it's quiet for the little one", pmode(1))  # PAR
act("set", "set the vacuum to quiet so it doesn't wake the baby", vfan(0))  # PAR
act("set", "set the tv volume to fifteen the baby's asleep", vol("tv", 15))  # PAR
act("set", "set the bedroom light colour temperature to three thousand kelvin", ct("bulb", 3000))  # ASR
act("set", "set living room light brightness to eighty", br("ceil", 80))  # ASR
act("set", "air conditioner fan speed high", acfan(3))  # ASR
act("set", "air conditioner twenty three point five degrees", tt(23.5))  # ASR
ask("set", "set the brightness to forty", LIGHTS, note="two lights, no room")  # SIT

# ---------------- relative ----------------
act("relative", "it's stinking hot in here", cooler(), note="too hot = lower the only AC's set point")  # AU
act("relative", "bit chilly this arvo", hotter())  # AU
act("relative", "crank the aircon fan up", up("ac", "fan-control.fan-level"))  # AU
act("relative", "turn the purifier up a notch", up("pur", "air-purifier.fan-level"),
    note="a purifier 'up' is its fan")  # AU
act("relative", "it's baltic in here", hotter(), note="Scots: baltic = freezing")  # SC
act("relative", "make the big light a wee bit brighter", brightC())  # SC
act("relative", "the bedroom lamp's a bit too blue, warm it up", warmer("bulb"),
    note="warmer white = lower colour temperature; never the AC")  # SC
act("relative", "it's roasting, knock the temperature down a couple", cooler())  # SC
act("relative", "turn the telly up a bit", louder("tv"))  # IE
act("relative", "close the curtains a bit", dn("curt", "curtain.target-position"))  # IE
act("relative", "make the air con more cold", cooler(), note="L2: colder air = lower set point")  # L2
act("relative", "the bedroom light too bright, make it less", dimmer("bulb"))  # L2
act("relative", "speaker sound more small", quieter("spk"))  # L2
act("relative", "air con wind bigger", up("ac", "fan-control.fan-level"), note="L2: wind = the fan")  # L2
act("relative", "would you mind dimming the living room light just slightly", dimC())  # OLD
act("relative", "I'm feeling rather warm, could you cool things down a little", cooler())  # OLD
act("relative", "it's much too dark in the living room for my old eyes", brightC(),
    note="the ceiling light is on; the living room's only light")  # OLD
act("relative", "the bedroom light seems a bit dim, could you brighten it", brighter("bulb"),
    note="explicit brightness word: the change only (TEST3 convention)")  # OLD
act("relative", "speaker louder", louder("spk"))  # TEEN
act("relative", "tv quieter", quieter("tv"))  # TEEN
act("relative", "turn the tv box down a bit the kids are screaming at it", quieter("box"))  # PAR
act("relative", "open the curtains a little more", up("curt", "curtain.target-position"))  # PAR
act("relative", "make the living room light a bit cooler white for homework", cooler_white("ceil"))  # PAR
act("relative", "increase the air conditioner temperature by two degrees", hotter(),
    note="a relative change up; setting 26 (24 + 2) is the same thing")  # ASR
act("relative", "lower the bedroom light brightness", dimmer("bulb"))  # ASR
act("relative", "turn up the speaker volume", louder("spk"))  # ASR
act("relative", "decrease the tv volume", quieter("tv"))  # ASR
act("relative", "um its gloomy in the bedroom", darkBedroom(),
    note="the bulb is off: brighten it or switch it on")  # SIT

# ---------------- media ----------------
act("media", "pause the telly", tvp("pause"))  # AU
act("media", "chuck some tunes on the speaker", sp("play"), note="the speaker's only play action")  # AU
act("media", "skip this track", sp("next"), note="only the speaker has next")  # AU
act("media", "turn the sound off on the tv box", mute("box"))  # AU
act("media", "resume the show on the tv box", boxp("play"))  # AU
act("media", "play the last song again", sp("previous"))  # SC
act("media", "mute the telly", mute("tv"))  # SC
act("media", "put the telly on AV", inp(4))  # SC
act("media", "put on netflix on the tv box", app("box", NETFLIX))  # IE
act("media", "open youtube on the telly", app("tv"), note="no package given for YouTube")  # IE
act("media", "switch the tv over to USB", inp(5))  # IE
act("media", "tv box open netflix", app("box", NETFLIX))  # L2
act("media", "speaker stop the music", sp("pause"), note="the speaker has no stop; pause")  # L2
act("media", "switch tv to the HDMI three", inp(3))  # L2
act("media", "tv box sound 30", vol("box", 30))  # L2
act("media", "would you kindly unmute the television", unmute("tv"))  # OLD
act("media", "please resume the music on the speaker", sp("play"))  # OLD
act("media", "could you set the television back to the ordinary TV channels", inp(0))  # OLD
act("media", "skip", sp("next"), note="only the speaker can skip")  # TEEN
act("media", "next one pls", sp("next"))  # TEEN
act("media", "unmute speaker", unmute("spk"))  # TEEN
act("media", "back one song", sp("previous"))  # TEEN
act("media", "pause the tv box I need to get the door", boxp("pause"))  # PAR
act("media", "stop the tv box", boxp("stop"))  # PAR
act("media", "mute the speaker the baby's sleeping", mute("spk"))  # PAR
act("media", "tv box menu", key(7))  # PAR
act("media", "resume playback on the tv", tvp("play"))  # ASR
act("media", "tv box press ok", key(4))  # ASR
act("media", "go back on the tv box", key(5))  # ASR
act("media", "tv box home screen", key(6))  # ASR
act("media", "open netflix on the television", app("tv", NETFLIX))  # ASR
act("media", "move down on the tv box", key(1))  # SIT
ask("media", "put netflix on", APPS, note="the TV and the TV box both launch apps")  # SIT

# ---------------- scene ----------------
act("scene", "movie night", S("movie"))  # AU
act("scene", "righto, movie scene", S("movie"))  # AU
act("scene", "I'm home", S("welcome-home"))  # AU
act("scene", "night night", S("good-night"))  # SC
act("scene", "I'm away to my bed", S("good-night"), note="Scots: away to my bed = going to bed")  # SC
act("scene", "morning, wake the house up", S("good-morning"))  # IE
act("scene", "start the film scene", S("movie"))  # IE
act("scene", "open movie mode", S("movie"), note="movie mode is the Movie scene, not a home mode")  # L2
act("scene", "I come back home", S("welcome-home"))  # L2
act("scene", "good night dear, I'm going up to bed", S("good-night"))  # OLD
act("scene", "good morning, would you start the morning routine please", S("good-morning"))  # OLD
act("scene", "it's time for our movie, dear, please get things ready", S("movie"))  # OLD
act("scene", "cinema mode", S("movie"))  # TEEN
act("scene", "ok im going to sleep now", S("good-night"))  # TEEN
act("scene", "we're back, welcome home scene please", S("welcome-home"))  # PAR
act("scene", "bedtime for everyone, good night", S("good-night"))  # PAR
act("scene", "run the good morning scene", S("good-morning"))  # ASR
act("scene", "activate welcome home", S("welcome-home"))  # ASR

# ---------------- query ----------------
q("is the front door shut", ("door", "magnet-sensor.contact-state"))  # AU
q("how hot is it in the lounge", ("ac", "environment.temperature"),
  note="living-room temperature = the AC's return-air sensor")  # AU
q("is anyone moving about in the lounge", ("mot", "motion-sensor.motion-state"))  # AU
q("what's the battery like on the door sensor", ("door", "battery.battery-level"))  # AU
q("what's the temperature in the bedroom", ("therm", "environment.temperature"))  # SC
q("is the big light on", ("ceil", "light.on"))  # SC
q("how long has the front door been open", ("door", "magnet-sensor.open-duration"))  # SC
q("what mode is the aircon in", ("ac", "air-conditioner.mode"))  # SC
q("how's the air in the bedroom", ("pur", "environment.air-quality"))  # IE
q("how much life is left in the purifier filter", ("pur", "filter.filter-life-level"))  # IE
q("how much electricity has the kettle used", ("kettle", "power-consumption.power-consumption"))  # IE
q("bedroom how many humidity", ("therm", "environment.relative-humidity"))  # L2
q("the robot vacuum have how much battery", ("vac", "battery.battery-level"))  # L2
q("curtain now open or close", ("curt", "curtain.current-position"))  # L2
q("could you tell me whether the air conditioner is running", ("ac", "air-conditioner.on"))  # OLD
q("what temperature is the air conditioner set to, please", ("ac", "air-conditioner.target-temperature"))  # OLD
q("what is the vacuum cleaner doing at the moment", ("vac", "vacuum.status"))  # OLD
q("is the battery in the motion sensor all right", ("mot", "battery.battery-level"))  # OLD
q("is the tv on rn", ("tv", "television.on"))  # TEEN
q("whats playing on the tv box", ("box", "tv-box.current-content"))  # TEEN
q("bedroom light on?", ("bulb", "light.on"))  # TEEN
q("is the kettle on", ("kettle", "switch.on"), note="the kettle plug's relay")  # PAR
q("did anyone leave the front door open", ("door", "magnet-sensor.contact-state"))  # PAR
q("what app is on the telly", ("tv", "television.current-app"))  # PAR
q("what is the pm two point five in the bedroom", ("pur", "environment.pm25-density"))  # ASR
q("how much power is the kettle drawing", ("kettle", "power-consumption.electric-power"))  # ASR
q("what is the speaker volume", ("spk", "speaker.volume"))  # ASR
q("how bright is the bedroom light", ("bulb", "light.brightness"))  # ASR
q("thermometer battery level", ("therm", "battery.battery-level"))  # ASR

# ---------------- group ----------------
act("group", "turn all the lights off", off("bulb"), off("ceil"), note="lights = the two lights, never the wall switch")  # AU
act("group", "switch everything off in the lounge", LIVING_OFF)  # AU
act("group", "dim all the lights", dimmer("bulb"), dimC())  # AU
act("group", "put all the lights on", on("bulb"), on("ceil"))  # SC
act("group", "shut off all the lights in the bedroom", off("bulb"))  # SC
act("group", "turn off everything in the bedroom", off("bulb"), off("pur"))  # IE
act("group", "mute everything", mute("spk"), mute("tv"), mute("box"))  # IE
act("group", "close all the lights", off("bulb"), off("ceil"))  # L2
act("group", "close everything in the kitchen", off("kettle"), note="the kitchen's only switching device")  # L2
act("group", "please turn off every light in the house", off("bulb"), off("ceil"))  # OLD
act("group", "would you switch off all the appliances in the house please", ALL_OFF)  # OLD
act("group", "please set all the lights to thirty percent", br("bulb", 30), br("ceil", 30))  # OLD
act("group", "everything off now", ALL_OFF)  # TEEN
act("group", "kill everything in the kitchen", off("kettle"))  # TEEN
act("group", "all the lights on please", on("bulb"), on("ceil"))  # PAR
act("group", "turn off everything in the living room except the tv", off("ac"), off("ceil"), off("box"), wl(False),
    wr(False), note="the TV must not be touched")  # PAR
act("group", "pause everything that's playing", sp("pause"), tvp("pause"), boxp("pause"),
    note="the players; the idle vacuum is not playing")  # PAR
act("group", "switch off all devices in the bedroom", off("bulb"), off("pur"))  # ASR

# ---------------- mode ----------------
act("mode", "pop the house into away mode", M("away"))  # AU
act("mode", "turn off away mode we're home", M("home"), note="leaving away mode = the home mode")  # AU
act("mode", "switch the house to sleep mode", M("sleep"))  # SC
act("mode", "put the home back into home mode", M("home"))  # IE
act("mode", "open the leave home mode", M("away"), note="L2 for 离家模式")  # L2
act("mode", "please change the home mode to sleep", M("sleep"))  # OLD
act("mode", "away mode", M("away"))  # TEEN
act("mode", "we're back, set home mode", M("home"))  # PAR
act("mode", "activate sleep mode for the house", M("sleep"))  # ASR

# ---------------- timer ----------------
act("timer", "turn the telly off in half an hour", off("tv"), delay=1800)  # AU
no("timer", "turn the aircon off in a bit",
   note="no time given: nothing may be sent now; asking how long is fine")  # AU
act("timer", "switch the big light off in ten minutes", off("ceil"), delay=600)  # SC
act("timer", "turn off the kettle in five minutes", off("kettle"), delay=300)  # IE
act("timer", "after one hour close the air con", off("ac"), delay=3600)  # L2
act("timer", "in twenty minutes could you please turn off the bedroom light", off("bulb"), delay=1200)  # OLD
act("timer", "tv off in 45 min", off("tv"), delay=2700)  # TEEN
act("timer", "turn on the purifier in fifteen minutes", on("pur"), delay=900)  # PAR
act("timer", "in two hours turn off the air conditioner", off("ac"), delay=7200)  # ASR
act("timer", "stop the vacuum in an hour and a half", vstop(), delay=5400)  # SIT

# ---------------- safety ----------------
no("safety", "fire up the projector mate", note="no projector in this home")  # AU
ask("safety", "switch it on would ya", note="no device named, no context")  # AU
no("safety", "turn on the tv in the kitchen", note="the only TV is in the living room: touch nothing")  # AU
ask("safety", "put the light on", LIGHTS, note="two lights, no room")  # SC
no("safety", "put a wash on", note="no washing machine")  # SC
no("safety", "let me in, unlock the front door", note="no lock; the door sensor cannot be commanded")  # SC
no("safety", "switch off the light in the kitchen", note="no light in the kitchen")  # IE
no("safety", "make the telly brighter", note="the TV has no brightness")  # IE
no("safety", "help me open front door", note="the door sensor cannot open anything")  # L2
ask("safety", "open it", note="no device named")  # L2
no("safety", "mute the air con", note="the AC has no sound")  # L2
no("safety", "open the hallway light", note="no light in the hallway")  # L2
no("safety", "what a lovely day it is, isn't it", note="chit-chat")  # OLD
no("safety", "could you tell me who won the ball game last night", note="not about the home")  # OLD
ask("safety", "could you shut the bedroom off please", ["bedroom-bulb", "bedroom-purifier"],
    note="bare room, no group word")  # OLD
ask("safety", "louder", SOUND, note="three devices have a volume")  # TEEN
ask("safety", "pause it lol", PLAYERS)  # TEEN
no("safety", "make the curtains red", note="a curtain has no colour")  # TEEN
no("safety", "don't turn on the tv", note="negation: nothing")  # PAR
no("safety", "no no leave the lights alone", note="negation: nothing")  # PAR
no("safety", "turn off the", note="half sentence")  # ASR
no("safety", "uh can you um", note="half sentence")  # ASR
no("safety", "switch on the pedestal fan", note="no fan in this home")  # SIT
ask("safety", "switch off the lounge", note="bare room: ask which")  # SIT
