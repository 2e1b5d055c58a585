"""test5, English half: hand-written, one utterance a line, each with a comment naming its voice.

Voices: NZ = a New Zealander (heat pump = the AC, the lounge, eh, chur, sweet as, bach, togs); SA = a South African
(now now = right away, just now = some time later, eish, hey at the end, lekker, is it); NG = a Nigerian English
speaker (on/off as verbs, abeg, o, NEPA, small = a little, I don reach); PH = a Filipino English speaker (open/close =
on/off, po, na, pa-, kindly); TEEN = a US teen (ngl, rn, lowkey, bruh, mid, pls); NURSE = a UK nurse coming home from
a night shift (tired, sleeps by day, the telly, cuppa, shattered); FIX = someone correcting themselves; TWO = two
commands in one sentence; HINT = an indirect wish; ASK = a person asking questions many ways.
"""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")

# ---------------------------------------------------------------- power
act("power", "kia ora can you switch the telly on", on("tv"))  # NZ
act("power", "chur flick the lounge light off eh", off("ceil"), note="the lounge = the living room; its only light")  # NZ
act("power", "turn the heat pump off", off("ac"), note="NZ: a heat pump is the split air conditioner")  # NZ
act("power", "open the lounge curtains would you", OPEN())  # NZ
act("power", "switch the kettle on love i'm gagging for a cuppa", on("kettle"))  # NURSE
act("power", "close the curtain please i've been up all night", CLOSE())  # NURSE
act("power", "shut the telly off it's doing my head in", off("tv"))  # NURSE
act("power", "could you power down the tv box", off("box"))  # NURSE
act("power", "please on the AC", on("ac"))  # NG
act("power", "off the bedside bulb abeg", off("bulb"))  # NG
act("power", "put off the light in the bedroom", off("bulb"))  # NG
act("power", "abeg on the ceiling light NEPA just brought light", on("ceil"), note="NEPA brought light = the mains power is back")  # NG
act("power", "on the vacuum make it clean the floor", sweep())  # NG
act("power", "kindly open the aircon po", on("ac"), note="PH English: open = switch on")  # PH
act("power", "close the tv na nobody is watching", off("tv"), note="PH English: close = switch off")  # PH
act("power", "the purifier in the bedroom pakipatay please", off("pur"), note="Taglish: pakipatay = please switch off")  # PH
act("power", "tell the robot vacuum to stop sweeping po", vstop())  # PH
act("power", "switch the purifier off now now", off("pur"), note="SA: now now = very soon / right away")  # SA
act("power", "air purifier on please the air is so thick hey", on("pur"))  # SA
act("power", "robot vacuum must start cleaning", sweep())  # SA
act("power", "ngl the bedroom light needs to be on rn", on("bulb"))  # TEEN
act("power", "yo turn the tv box on", on("box"))  # TEEN
act("power", "kettle plug on", on("kettle"))  # TEEN
act("power", "can you make the vacuum go home", dock(), note="go home = back to its dock")  # TEEN
act("power", "turn on the left one on the wall switch", wl(True))  # ASK
act("power", "right rocker on the wall switch off please", wr(False))  # ASK
act("power", "switch off the ac in the living room", off("ac"))  # ASK
act("power", "switch on the bedroom lamp sorry i mean the living room one", on("ceil"), note="correction: only the last target")  # FIX
act("power", "turn off the tv uh actually the tv box", off("box"), note="correction: the TV must not be touched")  # FIX
act("power", "switch on the telly and the tv box too", on("tv"), on("box"))  # TWO
act("power", "turn the kettle on and open the curtains", on("kettle"), OPEN())  # TWO
act("power", "turn off the purifier and the bedside bulb", off("pur"), off("bulb"))  # TWO
ask("power", "switch the light on eh", LIGHTS, note="two lights, no room")  # NZ

# ---------------------------------------------------------------- set
act("set", "set the heat pump to twenty one", tt(21))  # NZ
act("set", "put the lounge light on the night setting", lmode(1))  # NZ
act("set", "put the heat pump on eco", eco(True))  # NZ
act("set", "it's a southerly out there put the heat pump on heat", acmode(3), note="southerly = a cold wind; the AC is off: mode only")  # NZ
act("set", "aircon to 18 degrees po", tt(18))  # PH
act("set", "make the aircon swing up and down", vswing(True))  # PH
act("set", "fan speed low on the aircon please", acfan(1))  # PH
act("set", "make the AC be on cool", acmode(1))  # NG
act("set", "AC fan should be on high abeg", acfan(3))  # NG
act("set", "make the bedside bulb full brightness", br("bulb", 100))  # NG
act("set", "put the curtains halfway hey", pos(50))  # SA
act("set", "purifier back to auto", pmode(0))  # SA
act("set", "lock the buttons on the purifier the kids keep fiddling", lock(True), note="the purifier's child lock")  # SA
act("set", "put the aircon on dry it's so humid", acmode(2))  # SA
act("set", "curtains a quarter open", pos(25))  # SA
act("set", "bedside bulb 30 percent", br("bulb", 30))  # TEEN
act("set", "turn the bedside light green", col(GREEN))  # TEEN
act("set", "vacuum on turbo", vfan(3))  # TEEN
act("set", "ceiling light tv mode", lmode(3))  # TEEN
act("set", "put the purifier on sleep mode please", pmode(1), note="the purifier's mode, not the home's")  # NURSE
act("set", "set the vacuum to quiet i'm trying to sleep", vfan(0))  # NURSE
act("set", "living room light at ten percent", br("ceil", 10))  # NURSE
act("set", "set the living room light to 60 percent", br("ceil", 60))  # ASK
act("set", "set the bedside bulb to 2700 kelvin", ct("bulb", 2700))  # ASK
act("set", "ceiling light colour temperature 5000", ct("ceil", 5000))  # ASK
act("set", "put the AC to 26.5", tt(26.5))  # ASK
act("set", "purifier fan to medium", pfan(2), note="the fan level only; also switching to manual mode is arguable")  # ASK
act("set", "stop the side to side swing on the ac", hswing(False))  # ASK
act("set", "set the ac to 20 no make it 22", tt(22), note="correction: 22 only")  # FIX
act("set", "bedside bulb blue and fifty percent", col(BLUE), br("bulb", 50))  # TWO
act("set", "AC on cool at 23", acmode(1), tt(23), note="the AC is off: settings only (TEST2.md)")  # TWO
no("set", "set the aircon to 12 degrees", note="below 16 °C: refused with the range")  # PH
ask("set", "set brightness to seventy", LIGHTS)  # ASK

# ---------------------------------------------------------------- relative
act("relative", "bit nippy in the lounge", hotter(), note="the only AC; nippy = cold")  # NZ
act("relative", "turn the heat pump up a couple of degrees", hotter())  # NZ
act("relative", "heat pump down half a degree", cooler())  # NZ
act("relative", "it's stuffy and warm in the lounge", cooler())  # NZ
act("relative", "the lounge is a bit dim", brightC())  # NZ
act("relative", "the lounge light is too bright for my eyes", dimC())  # NURSE
act("relative", "the bedside light looks too cold warm it up a bit", warmer("bulb"), note="warmer white = lower colour temperature")  # NURSE
act("relative", "purifier fan lower it's too loud", dn("pur", "air-purifier.fan-level"))  # NURSE
ask("relative", "way too bright in here", LIGHTS, note="two lights, no room")  # NURSE
act("relative", "reduce the AC small it's too cold", hotter(), note="'reduce the AC' because it is too cold: a warmer set point")  # NG
act("relative", "this bedroom is too dark o", darkBedroom())  # NG
act("relative", "increase the ceiling light small", brightC())  # NG
act("relative", "eish it's hot hey", cooler())  # SA
act("relative", "curtains open a bit more", curt_more())  # SA
act("relative", "purifier fan up one", up("pur", "air-purifier.fan-level"))  # SA
act("relative", "make the aircon fan stronger po", up("ac", "fan-control.fan-level"))  # PH
act("relative", "close the curtain a little", curt_less())  # PH
act("relative", "the living room light could be a bit softer", dimC())  # PH
act("relative", "can you make the bedside bulb less bright", dimmer("bulb"))  # PH
act("relative", "take the bedside bulb down a notch", dimmer("bulb"))  # TEEN
act("relative", "crank the vacuum suction up", up("vac", "vacuum.fan-level"))  # TEEN
act("relative", "bedside bulb brighter pls", brighter("bulb"))  # TEEN
act("relative", "it's freezing in here", hotter(), note="the only AC")  # HINT
ask("relative", "i can't see a thing", LIGHTS, note="two lights, no room: ask (switching on both is not asked)")  # HINT
act("relative", "can the living room light be a bit whiter", cooler_white("ceil"))  # ASK
act("relative", "make it a bit warmer in here", hotter(), note="warmer air, the only AC")  # ASK
act("relative", "raise the temperature by two", hotter())  # ASK
act("relative", "turn the ac up i mean down it's hot", cooler(), note="correction: down")  # FIX

# ---------------------------------------------------------------- media
act("media", "pause the music eh", sp("pause"), note="music = the speaker (TEST4.md)")  # NZ
act("media", "turn the telly down", quieter("tv"))  # NZ
act("media", "switch the telly back to the aerial", inp(0), note="aerial = the TV tuner input")  # NZ
act("media", "put some tunes on the speaker", sp("play"))  # NZ
act("media", "chuck netflix on the telly", app("tv", NETFLIX))  # NZ
act("media", "move down one on the tv box", key(1))  # NZ
act("media", "mute the telly please", mute("tv"))  # NURSE
act("media", "pause the telly i need the loo", tvp("pause"))  # NURSE
act("media", "the telly's far too loud", tooloud("tv"))  # NURSE
act("media", "increase the speaker volume small", louder("spk"))  # NG
act("media", "stop that film on the tv box", boxp("stop"))  # NG
act("media", "abeg unmute the tv box", unmute("box"))  # NG
ask("media", "lower the volume abeg", SOUND, note="speaker, TV and TV box")  # NG
act("media", "resume the music on the speaker", sp("play"))  # SA
act("media", "silence the speaker now now", mute("spk"))  # SA
act("media", "carry on playing on the tv box", boxp("play"))  # SA
act("media", "play the previous song po", sp("previous"))  # PH
act("media", "change the tv input to usb", inp(5))  # PH
act("media", "open youtube on the tv", app("tv"))  # PH
act("media", "go to the home screen on the tv box", key(6))  # PH
act("media", "make the tv box louder", louder("box"))  # PH
act("media", "skip this one it's mid", sp("next"), note="only the speaker skips tracks")  # TEEN
act("media", "tv volume 15", vol("tv", 15))  # TEEN
act("media", "launch netflix on the box", app("box", NETFLIX))  # TEEN
act("media", "go back on the tv box", key(5))  # TEEN
ask("media", "just hit play", PLAYERS)  # TEEN
act("media", "speaker volume to 30", vol("spk", 30))  # ASK
act("media", "switch the tv to hdmi 2", inp(2))  # ASK
act("media", "hit ok on the tv box", key(4))  # ASK
act("media", "make the speaker say dinner is ready", say("dinner is ready"))  # ASK
act("media", "mute the tv and play some music on the speaker", mute("tv"), sp("play"))  # TWO
act("media", "unmute the speaker no the tv", unmute("tv"), note="correction: the TV")  # FIX
ask("media", "mute it", SOUND)  # NURSE

# ---------------------------------------------------------------- scene
act("scene", "night night i'm off to bed now", S("good-night"))  # NZ
act("scene", "morena time to get up", S("good-morning"), note="Māori greeting for good morning")  # NZ
act("scene", "we're watching a flick set up the lounge", S("movie"), note="flick = a film")  # NZ
act("scene", "i don reach house", S("welcome-home"), note="Nigerian Pidgin: I have arrived home")  # NG
act("scene", "good morning o wake the house up", S("good-morning"))  # NG
act("scene", "activate the movie scene po", S("movie"))  # PH
act("scene", "time to sleep na good night", S("good-night"))  # PH
act("scene", "welcome home scene please", S("welcome-home"))  # SA
act("scene", "sleep time do the goodnight thing", S("good-night"))  # SA
act("scene", "set the lounge up for a lekker movie", S("movie"))  # SA
act("scene", "movie night vibes", S("movie"))  # TEEN
act("scene", "nighty night house", S("good-night"))  # TEEN
no("scene", "start the date night scene", note="no such scene")  # TEEN
act("scene", "right that's me going to bed even if it's nine in the morning", S("good-night"), note="night-shift sleeper: bed = Good night")  # NURSE
act("scene", "home at last twelve hours on the ward", S("welcome-home"))  # NURSE
act("scene", "run the good morning scene", S("good-morning"))  # ASK
act("scene", "run welcome home", S("welcome-home"))  # ASK
act("scene", "good night and make sure the kettle is off", S("good-night"), off("kettle"), note="the scene and the kettle")  # TWO
act("scene", "good morning no sorry i mean good night", S("good-night"), note="correction")  # FIX

# ---------------------------------------------------------------- query
q("how warm is it in the lounge", ("ac", "environment.temperature"))  # NZ
q("is the curtain open or what", ("curt", "curtain.current-position"))  # NZ
q("is the speaker playing anything", ("spk", "play-control.playing-state"))  # NZ
q("is the front door shut", ("door", "magnet-sensor.contact-state"))  # NURSE
q("is anyone moving about in the living room", ("mot", "motion-sensor.motion-state"))  # NURSE
q("did i leave the lounge light on", ("ceil", "light.on"))  # NURSE
q("how's the air quality", ("pur", "environment.air-quality"))  # NG
q("is the bedside bulb on", ("bulb", "light.on"))  # NG
q("how much power is the kettle using", ("kettle", "power-consumption.electric-power"))  # NG
q("what's the temperature in the bedroom po", ("therm", "environment.temperature"))  # PH
q("what temp is the aircon set at", ("ac", "air-conditioner.target-temperature"))  # PH
q("is the purifier running", ("pur", "air-purifier.on"))  # PH
q("what mode is the aircon in", ("ac", "air-conditioner.mode"))  # PH
q("how humid is it in the bedroom hey", ("therm", "environment.relative-humidity"))  # SA
q("is the robot charging", ("vac", "battery.charging-state"))  # SA
q("how much life is left in the purifier filter", ("pur", "filter.filter-life-level"))  # SA
q("how long has the front door been open", ("door", "magnet-sensor.open-duration"))  # SA
q("what's the pm2.5 rn", ("pur", "environment.pm25-density"))  # TEEN
q("vacuum battery?", ("vac", "battery.battery-level"))  # TEEN
q("what's playing on the tv box", ("box", "tv-box.current-content"))  # TEEN
q("what app is open on the tv", ("tv", "television.current-app"))  # TEEN
q("did i leave the kettle on", ("kettle", "switch.on"))  # ASK
q("anything still running in the kitchen", ("kettle", "switch.on"), ("vac", "vacuum.status"))  # ASK
q("is the telly still on", ("tv", "television.on"))  # ASK
q("what volume is the speaker on", ("spk", "speaker.volume"))  # ASK
q("how much light is the motion sensor picking up", ("mot", "motion-sensor.illumination"))  # ASK
q("what's the battery on the thermometer", ("therm", "battery.battery-level"))  # ASK
q("is the hallway door sensor low on battery", ("door", "battery.battery-level"))  # ASK
q("what's the voltage at the kettle plug", ("kettle", "power-consumption.voltage"))  # ASK
q("how bright is the bedside bulb set", ("bulb", "light.brightness"))  # ASK
q("how cold is it in the house right now", ("therm", "environment.temperature"), ("ac", "environment.temperature"), note="no room: the bedroom thermometer and the living-room AC sensor; answering either or both, or asking which room, is fine")  # NURSE

# ---------------------------------------------------------------- group
act("group", "lights out everywhere eh", off("bulb"), off("ceil"))  # NZ
act("group", "both rockers on the wall switch off", wl(False), wr(False))  # NZ
act("group", "turn the volume down on everything", quieter("spk"), quieter("tv"), quieter("box"))  # NZ
act("group", "switch everything off i'm shattered", ALL_OFF)  # NURSE
act("group", "dim all the lights", dimmer("bulb"), dimC())  # NURSE
act("group", "on all the lights i can't see anything", on("bulb"), on("ceil"))  # NG
act("group", "all the lights to full", br("bulb", 100), br("ceil", 100))  # NG
act("group", "close everything in the bedroom po", off("bulb"), off("pur"), note="PH English: close = switch off")  # PH
act("group", "turn on both lights", on("bulb"), on("ceil"))  # PH
act("group", "make all the lights warmer", warmer("bulb"), warmer("ceil"))  # PH
act("group", "mute everything that makes a noise", MUTE_ALL)  # SA
act("group", "switch off every light in the house", off("bulb"), off("ceil"))  # SA
act("group", "kill everything in the lounge", LIVING_OFF)  # TEEN
act("group", "pause everything", pause_all())  # TEEN
act("group", "all lights to 40 percent", br("bulb", 40), br("ceil", 40))  # ASK
act("group", "everything in the kitchen off", off("kettle"), note="the kettle plug is the kitchen's only switchable device")  # ASK
act("group", "turn everything on in the bedroom", on("bulb"), on("pur"))  # ASK
act("group", "everything in the living room off but leave the telly", off("ac"), off("ceil"), off("box"), wl(False), wr(False), note="LIVING_OFF without the TV")  # TWO
act("group", "switch off all the lights and the tv", off("bulb"), off("ceil"), off("tv"))  # TWO

# ---------------------------------------------------------------- mode
act("mode", "switch to away mode we're heading to the bach", M("away"), note="bach = NZ holiday house")  # NZ
act("mode", "put the house in sleep mode", M("sleep"))  # NURSE
act("mode", "turn off sleep mode i'm up", M("home"))  # NURSE
act("mode", "activate away mode for the house", M("away"))  # NG
act("mode", "switch the house back to home mode po", M("home"))  # PH
act("mode", "home mode please", M("home"))  # SA
no("mode", "set the house to holiday mode", note="no such mode")  # SA
act("mode", "house sleep mode on", M("sleep"))  # TEEN
act("mode", "set the mode to away", M("away"))  # ASK

# ---------------------------------------------------------------- timer
act("timer", "switch the telly off in three quarters of an hour", off("tv"), delay=2700)  # NZ
act("timer", "in ten minutes turn the kettle off", off("kettle"), delay=600)  # NURSE
act("timer", "off the AC in 2 hours abeg", off("ac"), delay=7200)  # NG
act("timer", "turn off the bedside bulb after 30 minutes po", off("bulb"), delay=1800)  # PH
act("timer", "start the vacuum in 20 minutes", sweep(), delay=1200)  # SA
no("timer", "switch off the bedroom light just now", note="SA: just now = some time later; no time given")  # SA
act("timer", "pause the music in 15 min", sp("pause"), delay=900)  # TEEN
act("timer", "close the curtains in 5 minutes", CLOSE(), delay=300)  # ASK
act("timer", "turn on the purifier in an hour", on("pur"), delay=3600)  # ASK

# ---------------------------------------------------------------- safety
no("safety", "leave the heat pump alone", note="a negation")  # NZ
no("safety", "cheers bro sweet as")  # NZ
no("safety", "set the kettle to 80 degrees", note="a plug cannot set a temperature")  # NZ
no("safety", "put the tumble dryer on", note="no dryer")  # NURSE
ask("safety", "can you switch that off")  # NURSE
no("safety", "skip to the next episode on the telly", note="the TV has no next")  # NURSE
no("safety", "on the gen NEPA has taken light", note="no generator")  # NG
no("safety", "open the door for my visitor", note="the door is only a sensor; doors are never opened by voice")  # NG
no("safety", "abeg order suya for me")  # NG
no("safety", "what's the weather tomorrow po")  # PH
no("safety", "switch the ceiling fan on", note="no fan")  # PH
ask("safety", "switch the bedroom on", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # PH
no("safety", "open the gate for the delivery guy", note="no gate")  # SA
no("safety", "no need to open the curtains", note="a negation")  # SA
no("safety", "i'm heading off to work now", note="no scene or mode named (TEST4.md)")  # SA
no("safety", "fire up the projector bro", note="no projector")  # TEEN
no("safety", "tell me a joke")  # TEEN
ask("safety", "netflix pls", APPS)  # TEEN
ask("safety", "louder please", SOUND)  # TEEN
no("safety", "could you turn the uh", note="a half sentence")  # ASK
no("safety", "switch on the hallway light", note="the hallway has no light")  # ASK
no("safety", "blue fin tuna in the hallway", note="ASR garbage")  # ASK
no("safety", "turn on the hallway", note="the hallway has only a door sensor: nothing to switch")  # ASK
no("safety", "turn off the bedside bulb actually never mind", note="taken back")  # FIX
no("safety", "what time is it in lagos")  # NG
no("safety", "lock up the house for the night", note="no lock; not a scene or mode word")  # NURSE
