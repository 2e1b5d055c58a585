"""test7, English: one ordinary family and their visitors, speaking plainly. Voices (comment on each line):
mia = the mother (30s, works in an office), dan = the father (30s, works from home), chloe = their teenage daughter,
grandpa = the grandfather who lives with them, rosa = the nanny, lena = an au pair (English is fine, Chinese simple),
guest = weekend guests who do not know the device names. One utterance a line; labels by LABELS.md and TEST2-6.md."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")

# ---------------- power ----------------
act("power", "morning, turn on the bedside lamp", on("bulb"))  # mia, 6:30 am
act("power", "switch off the bedroom light please", off("bulb"))  # mia
act("power", "can you turn the living room light on", on("ceil"))  # dan
act("power", "turn the big light off", off("ceil"))  # chloe
act("power", "hey could you put the tv on for me", on("tv"))  # grandpa
act("power", "tv off now", off("tv"))  # dan, curt
act("power", "switch on the air conditioner", on("ac"))  # mia, summer
act("power", "turn off the aircon, it's cooled down enough", off("ac"))  # dan
act("power", "can you switch the kettle on, I want a cup of tea", on("kettle"))  # grandpa
act("power", "kettle plug off", off("kettle"))  # mia, leaving
act("power", "turn on the air purifier in the bedroom", on("pur"))  # mia
act("power", "switch the purifier off, it's making a racket", off("pur"))  # chloe
act("power", "turn on the tv box", on("box"))  # chloe
act("power", "turn off the streaming box please", off("box"))  # lena
act("power", "turn off the left switch on the wall", wl(False))  # dan
act("power", "turn on the right hand wall switch", wr(True))  # dan
act("power", "open the living room curtains please", OPEN())  # mia, morning
act("power", "close the curtains, the sun's right in my eyes", CLOSE())  # dan, working from home
act("power", "start the robot vacuum", sweep())  # mia, leaving for work
act("power", "send the vacuum back to its dock", dock())  # rosa
act("power", "turn that telly off, nobody's even watching it", off("tv"))  # grandpa
act("power", "could you switch off the lamp next to my bed", off("bulb"))  # guest
act("power", "living room light on", on("ceil"))  # chloe, curt
act("power", "put the AC on, it's going to be a scorcher today", on("ac"))  # dan, summer
act("power", "turn on the purifier", on("pur"))  # lena
act("power", "lights off in the bedroom", off("bulb"))  # mia, bedtime
act("power", "stop the vacuum please, the baby's asleep", vstop())  # rosa
act("power", "turn off the wall switch on the right", wr(False))  # dan
act("power", "switch the bedside bulb on for me, would you", on("bulb"))  # grandpa
act("power", "could you please turn on the ceiling light in the living room", on("ceil"))  # guest, polite
act("power", "turn the tv box back on", on("box"))  # chloe
act("power", "turn the kettle off, it's boiled", off("kettle"))  # rosa
act("power", "switch on the TV in the living room", on("tv"))  # guest
ask("power", "turn the light off please", LIGHTS)  # lena; two lights, no room

# ---------------- set ----------------
act("set", "set the bedroom light to 40 percent", br("bulb", 40))  # mia
act("set", "living room light to eighty percent", br("ceil", 80))  # dan
act("set", "make the bedside lamp warm white", P("bulb", "light.color-temperature", 2700, alt=[warmer("bulb")]))  # mia
act("set", "set the ceiling light to 5000 kelvin", ct("ceil", 5000))  # dan
act("set", "turn my bedside light blue", col(BLUE))  # chloe
act("set", "set the air conditioner to 26 degrees", tt(26))  # mia, summer
act("set", "AC to twenty two and a half", tt(22.5))  # dan
act("set", "put the air con on cool mode", acmode(1))  # dan
act("set", "switch the AC to heating, it's freezing tonight", acmode(3))  # mia, winter
act("set", "set the AC fan to low", acfan(1))  # grandpa
act("set", "air conditioner fan on high please", acfan(3))  # chloe
act("set", "make the aircon louvres sweep up and down", vswing(True))  # dan
act("set", "put the AC in eco mode", eco(True))  # mia
act("set", "open the curtains halfway", pos(50))  # dan, screen glare
act("set", "set the curtain to 30 percent open", pos(30))  # dan
act("set", "switch the tv over to HDMI 2", inp(2))  # chloe, console
act("set", "put the purifier on auto", pmode(0))  # mia
act("set", "set the air purifier to sleep mode", pmode(1), note="the purifier's own Sleep mode, not the home mode")  # mia
act("set", "purifier fan speed to high", pfan(3))  # mia, after cooking smell drifts in
act("set", "set the vacuum suction to strong", vfan(2))  # rosa
act("set", "put the vacuum on its quiet setting, I'm on a call", vfan(0))  # dan
act("set", "ceiling light to reading mode", lmode(2))  # grandpa
act("set", "put the big light on night mode", lmode(1))  # mia
act("set", "bedroom lamp ten percent and warm", br("bulb", 10), P("bulb", "light.color-temperature", 2700, alt=[warmer("bulb")]))  # mia, bedtime
act("set", "set the AC to 24 and the fan to auto", tt(24), acfan(0))  # dan
act("set", "make the bedside bulb green", col(GREEN))  # chloe
act("set", "living room light as bright as it goes", br("ceil", 100))  # grandpa, reading the paper
act("set", "set the bedroom light to the coolest white", ct("bulb", 6500))  # chloe, homework
ask("set", "set brightness to 50", LIGHTS)  # lena; two lights
act("set", "set the temperature to 25", tt(25), note="only the AC has a set point")  # dan
act("set", "make the bedroom lamp yellow", col(YELLOW))  # chloe
act("set", "turn the AC to dry mode, it's so humid today", acmode(2))  # mia, summer
act("set", "purifier to favourite mode", pmode(2))  # mia

# ---------------- relative ----------------
act("relative", "make the living room light a bit brighter", brightC())  # grandpa
act("relative", "dim the bedside lamp", dimmer("bulb"))  # mia
act("relative", "ugh it's boiling in here", cooler(), note="the only AC: a cooler set point")  # chloe, summer
act("relative", "I'm a bit chilly", hotter())  # grandpa, winter
act("relative", "turn the AC down a couple of degrees", cooler())  # dan
act("relative", "warmer on the air con please, just a degree", hotter())  # mia
act("relative", "turn up the speaker", louder("spk"))  # chloe
act("relative", "tv a little louder", louder("tv"))  # grandpa
act("relative", "the tv box is way too loud", tooloud("box"))  # rosa
act("relative", "a bit dimmer in the living room", dimC())  # dan, evening tv
act("relative", "it's too dark in the bedroom, I can't find my socks", darkBedroom())  # mia, 6 am
act("relative", "the bedside light's too bright, turn it down", dimmer("bulb"))  # chloe
act("relative", "can the bedside lamp be a bit warmer, it's harsh", warmer("bulb"))  # mia
act("relative", "cooler white on the ceiling light", cooler_white("ceil"))  # dan
act("relative", "close the curtains a little", curt_less())  # dan
act("relative", "turn the fan up on the air conditioner", up("ac", "fan-control.fan-level"))  # mia
act("relative", "purifier fan a notch higher", up("pur", "air-purifier.fan-level"))  # mia
ask("relative", "it's really bright, can you bring it down", LIGHTS)  # guest; two lights
ask("relative", "a bit quieter please", SOUND)  # rosa; three players
act("relative", "warm it up in here a little, it's freezing tonight", hotter())  # mia, winter
act("relative", "lower the temperature by two", cooler())  # dan
act("relative", "speaker down a bit, I'm on a call", quieter("spk"))  # dan
act("relative", "brighten the bedroom light, I'm reading", brighter("bulb"))  # grandpa
act("relative", "ceiling light down a touch", dimC())  # mia
act("relative", "more suction on the vacuum", up("vac", "vacuum.fan-level"))  # rosa
act("relative", "the telly's too loud, turn it down", tooloud("tv"))  # grandpa
act("relative", "it's stuffy and warm in the living room", cooler())  # guest
act("relative", "lower the purifier fan, I can hear it", dn("pur", "air-purifier.fan-level"))  # chloe, bedtime

# ---------------- media ----------------
act("media", "put some music on", sp("play"), note="music is the speaker's (TEST4.md)")  # mia, cooking
act("media", "pause the music", sp("pause"))  # mia, phone rings
act("media", "next song please", sp("next"))  # chloe
act("media", "go back to the last song", sp("previous"))  # chloe
act("media", "resume the music", sp("play"))  # mia
act("media", "mute the speaker", mute("spk"))  # dan, meeting
act("media", "unmute the tv", unmute("tv"))  # grandpa
act("media", "mute the tv, the phone's ringing", mute("tv"))  # mia
act("media", "put netflix on the tv box", app("box", NETFLIX))  # chloe
act("media", "open youtube on the tv", app("tv"))  # grandpa
act("media", "pause the tv", tvp("pause"))  # dan
act("media", "carry on playing on the tv", tvp("play"))  # dan
act("media", "stop the tv box", boxp("stop"))  # rosa
act("media", "pause the tv box, I'll be right back", boxp("pause"))  # chloe, snack run
act("media", "resume on the tv box", boxp("play"))  # chloe
act("media", "press ok on the tv box", key(4))  # grandpa
act("media", "go back on the tv box", key(5))  # grandpa
act("media", "tv box home screen please", key(6))  # lena
act("media", "switch the tv to hdmi one", inp(1))  # dan
act("media", "switch the tv back to regular channels", inp(0))  # grandpa, the news
act("media", "speaker volume to 30", vol("spk", 30))  # mia
act("media", "set the tv volume to 15", vol("tv", 15))  # rosa, baby asleep
act("media", "tv box volume fifty", vol("box", 50))  # chloe
act("media", "play the news on the speaker", sp("play"))  # grandpa, breakfast
act("media", "unmute the speaker", unmute("spk"))  # dan, after the call
ask("media", "hang on, pause", PLAYERS)  # dan; three players
ask("media", "can you mute it please", SOUND)  # guest
ask("media", "I want to watch netflix", APPS)  # lena; the TV and the TV box both launch apps
act("media", "press down on the tv box", key(1))  # grandpa
act("media", "play something on the speaker for the kids", sp("play"))  # rosa
act("media", "previous track on the speaker", sp("previous"))  # mia
act("media", "open the menu on the tv box", key(7))  # dan
act("media", "mute the tv box", mute("box"))  # mia

# ---------------- scene ----------------
act("scene", "run good morning", S("good-morning"))  # mia
act("scene", "start the good morning scene", S("good-morning"))  # dan
act("scene", "ok good night, I'm going to bed", S("good-night"))  # grandpa
act("scene", "bedtime, night night", S("good-night"))  # rosa, to the kids and the speaker
act("scene", "let's watch a movie", S("movie"))  # chloe
act("scene", "movie mode please", S("movie"))  # dan
act("scene", "start the movie scene", S("movie"))  # mia
act("scene", "hi, we're home", S("welcome-home"))  # mia, back from work
act("scene", "run welcome home", S("welcome-home"))  # dan
act("scene", "we're back from the shops", S("welcome-home"))  # grandpa
act("scene", "set things up for movie night", S("movie"))  # dan, Friday
act("scene", "good night scene please", S("good-night"))  # mia
act("scene", "good morning house, time to wake up", S("good-morning"))  # chloe, school day
act("scene", "the kids are down, good night everyone", S("good-night"))  # mia
act("scene", "time to get up, run the morning routine", S("good-morning"))  # dan
act("scene", "welcome home scene", S("welcome-home"))  # lena
act("scene", "good night and turn off the kettle", S("good-night"), off("kettle"))  # grandpa
no("scene", "start the party scene", note="the home has no such scene")  # chloe
no("scene", "run the dinner party scene", note="the home has no such scene")  # guest

# ---------------- query ----------------
q("is the front door closed", ("door", "magnet-sensor.contact-state"))  # mia, bedtime
q("did somebody leave the front door open", ("door", "magnet-sensor.contact-state"))  # dan
q("what's the temperature in the bedroom", ("therm", "environment.temperature"))  # mia
q("how warm is the living room", ("ac", "environment.temperature"))  # grandpa
q("how humid is it in the bedroom", ("therm", "environment.relative-humidity"))  # mia
q("what's the air quality like", ("pur", "environment.air-quality"))  # mia
q("what's the pm2.5 in the bedroom", ("pur", "environment.pm25-density"))  # dan
q("is the tv on", ("tv", "television.on"))  # mia
q("is the kettle on", ("kettle", "switch.on"))  # grandpa
q("how much battery does the vacuum have", ("vac", "battery.battery-level"))  # rosa
q("is the vacuum charging", ("vac", "battery.charging-state"))  # rosa
q("what is the AC set to", ("ac", "air-conditioner.target-temperature"))  # dan
q("is the bedside lamp on", ("bulb", "light.on"))  # mia, from the living room
q("what brightness is the ceiling light at", ("ceil", "light.brightness"))  # dan
q("are the curtains open", ("curt", "curtain.current-position"))  # mia
q("is anyone moving around in the living room", ("mot", "motion-sensor.motion-state"))  # dan, late
q("what's the speaker volume", ("spk", "speaker.volume"))  # chloe
q("is the purifier running", ("pur", "air-purifier.on"))  # mia
q("how much life is left on the purifier filter", ("pur", "filter.filter-life-level"))  # dan
q("how much power is the kettle using", ("kettle", "power-consumption.electric-power"))  # dan
q("what mode is the air conditioner in", ("ac", "air-conditioner.mode"))  # mia
q("is the left wall switch on", ("wall", "left-switch.on"))  # dan
q("what's the battery on the bedroom thermometer", ("therm", "battery.battery-level"))  # dan
q("how long has the front door been open", ("door", "magnet-sensor.open-duration"))  # mia
q("is anything playing on the tv box", ("box", "tv-box.playback-state"))  # mia
q("what's on the tv right now", ("tv", "television.current-content"))  # grandpa
q("how light is it in the living room", ("mot", "motion-sensor.illumination"))  # dan
q("is the door in the hallway shut", ("door", "magnet-sensor.contact-state"))  # guest
q("is the speaker muted", ("spk", "speaker.mute"))  # chloe

# ---------------- group ----------------
act("group", "switch off all the lights please", off("bulb"), off("ceil"))  # mia
act("group", "turn on every light in the house", on("bulb"), on("ceil"))  # grandpa, a noise at night
act("group", "turn everything off, we're leaving", ALL_OFF)  # mia
act("group", "switch off everything in the living room", LIVING_OFF)  # dan, bedtime
act("group", "everything in the bedroom off", off("bulb"), off("pur"))  # chloe
act("group", "turn off all the lights except the bedroom one", off("ceil"))  # mia
act("group", "dim all the lights", dimmer("bulb"), dimC(), note="the bulb is off: a lower brightness, not switched on")  # dan
act("group", "mute everything", MUTE_ALL)  # mia, the doorbell
act("group", "pause everything, I need to take this call", pause_all())  # dan
act("group", "switch off everything in the kitchen before we go", off("kettle"))  # mia
act("group", "turn on all the lights in the living room", on("ceil"))  # guest
act("group", "all the lights to 50 percent", br("bulb", 50), br("ceil", 50))  # dan
act("group", "turn everything off except the air conditioner, it's hot", [a for a in ALL_OFF if a["device"] != "living-ac"])  # mia, summer
act("group", "switch both wall switches off", wl(False), wr(False))  # dan
act("group", "turn everything in the house off", ALL_OFF)  # grandpa
act("group", "turn off all the screens", off("tv"), off("box"))  # mia, dinner time
act("group", "make all the lights warm white", P("bulb", "light.color-temperature", 2700, alt=[warmer("bulb")]),
    P("ceil", "light.color-temperature", 2700, alt=[warmer("ceil")]))  # mia, evening
act("group", "turn off all the lights in the bedroom", off("bulb"))  # lena
act("group", "everything off in the living room except the tv box, the kids are watching", [a for a in LIVING_OFF if a["device"] != "living-tv-box"])  # rosa

# ---------------- mode ----------------
act("mode", "put the house in away mode, we're off for the weekend", M("away"))  # mia
act("mode", "home sleep mode on please", M("sleep"))  # dan
act("mode", "turn on home mode", M("home"))  # lena
act("mode", "we're back, switch off away mode", M("home"))  # mia
act("mode", "set the home mode to sleep", M("sleep"))  # grandpa
act("mode", "away mode", M("away"))  # dan, curt, at the door
act("mode", "switch the house back to home mode", M("home"))  # mia
no("mode", "put the home in guest mode", note="no such home mode")  # guest
act("mode", "change the house to away, we're leaving for the airport", M("away"))  # dan

# ---------------- timer ----------------
act("timer", "turn off the tv in an hour", off("tv"), delay=3600)  # mia, kids' screen time
act("timer", "switch the bedside lamp off in 20 minutes", off("bulb"), delay=1200)  # chloe, reading in bed
act("timer", "turn the AC off in two hours", off("ac"), delay=7200)  # dan, summer night
act("timer", "in 5 minutes turn the kettle off", off("kettle"), delay=300)  # grandpa
act("timer", "start the vacuum in half an hour", sweep(), delay=1800)  # mia, leaving
act("timer", "close the curtains in ten minutes", CLOSE(), delay=600)  # dan
act("timer", "turn off the purifier in 45 minutes", off("pur"), delay=2700)  # mia
act("timer", "pause the music in 15 minutes", sp("pause"), delay=900)  # rosa, nap time
no("timer", "turn the tv off later", note="no time given: nothing now")  # mia
act("timer", "turn off the living room light in a minute and a half", off("ceil"), delay=90)  # dan, heading upstairs

# ---------------- safety ----------------
no("safety", "can you start the dishwasher", note="no dishwasher")  # mia
no("safety", "put the dryer on", note="no dryer")  # rosa
no("safety", "turn on the hallway light", note="the hallway has only a door sensor")  # guest
no("safety", "turn the ceiling fan on please", note="no fan")  # guest, summer
no("safety", "unlock the front door", note="no lock; the door is only a sensor")  # chloe
no("safety", "open the front door for the delivery guy", note="the door cannot be commanded")  # dan
ask("safety", "just turn it off")  # dan, no target
ask("safety", "light on please", LIGHTS)  # lena
ask("safety", "can you turn the bedroom off", ["bedroom-bulb", "bedroom-purifier"])  # mia
no("safety", "don't turn off the lights yet", note="negation")  # grandpa
no("safety", "turn on the tv, no wait, never mind", note="take-back")  # chloe
no("safety", "what's the weather tomorrow", note="not about the home")  # mia
no("safety", "tell me a joke", note="chit-chat")  # chloe
no("safety", "can you set the", note="half a sentence")  # dan, interrupted
no("safety", "dim the tv screen a bit", note="the TV has no brightness")  # grandpa
no("safety", "turn the vacuum volume down", note="the vacuum has no volume")  # rosa
no("safety", "bedside lamp brightness 200 percent", note="out of range")  # chloe
no("safety", "air con to 35 degrees, I'm freezing", note="out of range (16-30)")  # grandpa
no("safety", "put the bedroom tv on", note="no TV in the bedroom; the living-room TV must not switch on")  # guest
no("safety", "order more coffee pods", note="not about the home")  # dan
no("safety", "thanks, that's all", note="chit-chat")  # grandpa
no("safety", "open spotify on the speaker", note="the speaker cannot launch apps")  # chloe
ask("safety", "can you switch it on for me")  # guest, no target
no("safety", "turn on the space heater in the bedroom", note="no heater")  # guest, winter
no("safety", "don't start the vacuum, the baby is asleep", note="negation")  # rosa

# ---------------- longer, looser everyday sentences (added after a first read-through) ----------------
act("power", "uh, could you maybe switch on the little lamp in the bedroom, thanks", on("bulb"))  # guest, first night
act("set", "right, so, set the air conditioning to twenty one and put it on heat", tt(21), acmode(3))  # mia, winter night
act("media", "okay the kids want to watch something, open netflix on the telly", app("tv", NETFLIX))  # rosa
q("before I go up, is the kettle definitely off", ("kettle", "switch.on"))  # grandpa
act("group", "lights off everywhere except the living room, grandpa's still reading", off("bulb"))  # mia
act("timer", "after the film, so in about two hours, turn the tv box off", off("box"), delay=7200)  # dan
no("timer", "turn off the AC at some point tonight", note="no time given: nothing now")  # mia
act("relative", "could you turn the heat up a bit, it's a cold one tonight", hotter())  # grandpa, winter
ask("relative", "hmm, can you turn the volume up a bit more", SOUND)  # guest; three players
no("safety", "right, I'm heading out now", note="no scene or mode named (TEST4.md)")  # dan
no("safety", "make it nice and cosy in here", note="no device or scene named; acting would be a guess")  # guest
no("safety", "can you put the kitchen light on, I'm cooking", note="no light in the kitchen")  # lena
