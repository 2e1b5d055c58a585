"""test8, English: hand-written, one utterance a line; the comment names the voice."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")

# ---------------- power ----------------
act("power", "ellen here, switch the bedside bulb on", on("bulb"))  # Ellen, mother, morning
act("power", "turn the tv off, breakfast is ready", off("tv"))  # Ellen
act("power", "can you put the kettle on for me", on("kettle"))  # Ellen, morning rush
act("power", "kettle off", off("kettle"))  # Mark, father, curt
act("power", "kindly switch on the purifier in the bedroom", on("pur"))  # Wanjiru, Kenyan
act("power", "turn off the purifier it's making a noise during my call", off("pur"))  # Mark, working from home
act("power", "please turn on the tv box, my kids want cartoons", on("box"))  # Imran, Pakistani
act("power", "can i turn the tv on now i finished my maths", on("tv"))  # Josh
act("power", "switch the ceiling light off in the living room please", off("ceil"))  # Nana June, grandmother
act("power", "would you be a dear and turn the big light on", on("ceil"))  # Nana June
act("power", "robot cleaner start cleaning please", sweep())  # Jiwoo, Korean
act("power", "send the robot vacuum back to its charger", dock())  # Carmen
act("power", "it's a scorcher out there, crank on the AC", on("ac"))  # Dale, Texan
act("power", "air conditioner off now, window's open", off("ac"))  # Ellen
act("power", "open the living room curtain", OPEN())  # Ellen, morning
act("power", "close the curtains please the sun's on my screen", CLOSE())  # Mark
act("power", "flip the left switch on the wall on", wl(True))  # Mark
act("power", "turn off the right hand wall switch", wr(False))  # Mark
act("power", "switch off the tv box we're done", off("box"))  # Ellen, evening
act("power", "howdy, fire up the tv would ya", on("tv"))  # Texan, Dale
act("power", "go ahead and kill that ceiling light, partner", off("ceil"))  # Texan, Dale
act("power", "y'all mind turnin' the kettle off", off("kettle"))  # Texan, Dale
act("power", "please switch on the bedside bulb, I want to read", on("bulb"))  # Kenyan, Wanjiru
act("power", "kindly switch off the air conditioner, it is enough", off("ac"))  # Kenyan, Wanjiru
act("power", "please off the tv box for me", off("box"), note="Kenyan 'off' as a verb")  # Kenyan, Wanjiru
act("power", "my friend please on the purifier", on("pur"))  # Ghanaian, Kwame
act("power", "the bedside bulb, put it off", off("bulb"))  # Ghanaian, Kwame
act("power", "kindly do the needful and start the hoover robot", sweep())  # Pakistani, Imran
act("power", "open the tv please", on("tv"), note="'open' the tv = switch on (non-native)")  # Hong Kong, Ka-yan
act("power", "close the air con la", off("ac"), note="'close' = switch off (HK English)")  # Hong Kong, Ka-yan
act("power", "tv box turn on please", on("box"))  # Korean, Jiwoo
act("power", "bedside lamp turn off please i sleep now", off("bulb"))  # Korean, Jiwoo
act("power", "lights back on in the living room, the power's back", on("ceil"), note="power cut just ended")  # Mark
act("power", "shut the curtain would you", CLOSE())  # friend visiting
act("power", "could you switch on the lamp by the bed in the bedroom", on("bulb"))  # friend visiting

# ---------------- set ----------------
act("set", "set the bedside bulb to 20 percent", br("bulb", 20))  # Ellen
act("set", "living room light to 80 percent brightness", br("ceil", 80))  # Mark
act("set", "ceiling light put 45 percent", br("ceil", 45))  # Jiwoo, Korean
act("set", "make the bedside bulb purple", col(0x800080), note="purple = 0x800080 (any purple accepted by a reviewer)")  # Josh
act("set", "change my bedside light to green", col(GREEN))  # Ellen
act("set", "set the bedside bulb to warm white", ct("bulb", 2700), note="warm white = 2700 K (TEST7)")  # Nana June
act("set", "put the big light in reading mode", lmode(2))  # Nana June
act("set", "ceiling light to night mode", lmode(1))  # Ellen
act("set", "set the ceiling light to tv mode", lmode(3))  # Mark
act("set", "set the air conditioner to 23 degrees", tt(23))  # Mark
act("set", "air con cool mode 25 degree la, very hot today", acmode(1), tt(25))  # Ka-yan, HK
act("set", "put the air conditioner on heat", acmode(3))  # Nana June, winter night
act("set", "the place is too damp, let the air con do dry mode", acmode(2))  # Kwame, Ghanaian
act("set", "air con fan on high", acfan(3))  # Dale, Texan
act("set", "crank the ac fan down to low, it's blowin' a gale", acfan(1))  # Dale, Texan
act("set", "curtain to half way", curt_half())  # Ellen
act("set", "open the curtains to thirty percent only", pos(30))  # Imran, Pakistani
act("set", "speaker sound make it 25 please", vol("spk", 25))  # Jiwoo, Korean
act("set", "tv volume to 15 please", vol("tv", 15))  # Nana June
act("set", "switch the tv to hdmi 2", inp(2))  # Josh, console
act("set", "tv input usb", inp(5))  # Josh
act("set", "put the purifier for auto, my sister", pmode(0))  # Kwame, Ghanaian
act("set", "please set the purifier fan to medium", pfan(2))  # Wanjiru, Kenyan
act("set", "purifier favourite mode", pmode(2))  # Kwame, Ghanaian
act("set", "vacuum suction to turbo", vfan(3))  # Carmen
act("set", "set the robot to quiet suction, the baby is sleeping", vfan(0))  # Imran, Pakistani
act("set", "air conditioner make it 26 degree", tt(26))  # Imran, Pakistani
act("set", "set air con 22 degree la", tt(22))  # Ka-yan, HK
act("set", "bedside bulb colour blue please", col(BLUE))  # Jiwoo, Korean
act("set", "living room light brightness 60 percent please", br("ceil", 60))  # Jiwoo, Korean
act("set", "turn on the air conditioner's eco mode", eco(True))  # Mark
act("set", "swing the air con up and down", vswing(True))  # Carmen
act("set", "make the bedside light red for halloween", col(RED))  # Josh
act("set", "lock the buttons on the purifier so the toddler can't play with them", lock(True))  # friend visiting

# ---------------- relative ----------------
act("relative", "bit brighter in the living room please", brightC())  # Ellen
act("relative", "the ceiling light is too bright for the film", dimC())  # Mark
act("relative", "turn the bedside bulb down a touch", dimmer("bulb"), note="the bulb is off: brightness only")  # Nana June
act("relative", "bedside bulb a bit brighter", brighter("bulb"), note="the bulb is off: brightness only")  # Ellen
act("relative", "make the bedside light warmer", warmer("bulb"))  # Ellen, bedtime
act("relative", "the big light a bit whiter please, I'm sewing", cooler_white("ceil"))  # Nana June
act("relative", "it's roasting in here", cooler(), note="too hot = cooler AC")  # Dale, Texan
act("relative", "hotter than a jalapeño in here, cool it down", cooler())  # Dale, Texan
act("relative", "I am feeling cold, warm the house a bit", hotter())  # Wanjiru, Kenyan
act("relative", "the air conditioner, raise it two degrees", hotter())  # Mark
act("relative", "drop the ac a degree", cooler())  # Mark
act("relative", "speaker louder la, cannot hear", louder("spk"))  # Ka-yan, HK
act("relative", "the tv is too loud, grandma's on the phone", tooloud("tv"))  # Ellen
act("relative", "turn the tv up a little, i can't hear", louder("tv"))  # Nana June
act("relative", "reduce the tv box volume small", quieter("box"))  # Wanjiru, Kenyan
act("relative", "speaker quieter please", quieter("spk"))  # Carmen
act("relative", "open the curtain a bit more", curt_more(), note="the curtain is fully open: labelled as said")  # Kwame
act("relative", "close the curtain a little", curt_less())  # Mark, glare
act("relative", "air conditioner fan stronger", up("ac", "fan-control.fan-level"))  # Imran, Pakistani
act("relative", "purifier fan a bit less strong please", dn("pur", "air-purifier.fan-level"))  # Imran
act("relative", "the room is too hot la, air con lower", cooler())  # Ka-yan, HK
act("relative", "living room light more dark please", dimC())  # Jiwoo, Korean
act("relative", "little bit warm the air conditioner please, i am cold", hotter())  # Jiwoo, Korean
act("relative", "the robot is too noisy, less suction", dn("vac", "vacuum.fan-level"))  # Carmen
act("relative", "make the ceiling light a touch warmer, it's like a hospital in here", warmer("ceil"))  # friend visiting
act("relative", "it is chilly tonight, my friend, heat it up small", hotter())  # Kwame, Ghanaian
act("relative", "a bit darker in the living room please, it's glaring off my tablet", dimC())  # Josh
act("relative", "bring the speaker volume up some", louder("spk"))  # Dale, Texan
act("relative", "too loud on the tv box", tooloud("box"))  # Mark

# ---------------- media ----------------
act("media", "put a bit of music on the speaker while I chop these onions", sp("play"))  # Ellen, cooking
act("media", "next song please, I hate this one", sp("next"), note="only the speaker has next")  # Josh
act("media", "go back to the last song on the speaker", sp("previous"))  # Ellen
act("media", "pause the speaker, the doorbell", sp("pause"))  # Ellen
act("media", "resume the music on the speaker", sp("play"))  # Ellen
act("media", "stop the music", sp("pause"), note="music = the speaker; stop = pause (TEST7)")  # Mark, call
act("media", "mute the speaker", mute("spk"))  # Mark, call
act("media", "unmute the speaker", unmute("spk"))  # Mark
act("media", "mute that tv, it's hollerin'", mute("tv"))  # Dale, Texan
act("media", "pause the tv box, my friend, I am coming", boxp("pause"))  # Kwame, Ghanaian
act("media", "play on the tv box again", boxp("play"))  # Ellen
act("media", "stop the tv box please, it is time for namaz", boxp("stop"))  # Imran, Pakistani
act("media", "tv stop a moment please", tvp("pause"))  # Jiwoo, Korean
act("media", "carry on playing on the tv", tvp("play"))  # Josh
act("media", "open netflix on the tv box", app("box", NETFLIX))  # Ellen, evening
act("media", "put netflix on the telly", app("tv", NETFLIX))  # Nana June
act("media", "open youtube on the tv", app("tv"), note="no package known for YouTube: arguments left out")  # Josh
act("media", "press ok on the tv box remote", key(4))  # Nana June
act("media", "tv box go back", key(5))  # Jiwoo, Korean
act("media", "take the tv box to the home screen", key(6))  # Mark
act("media", "tv box, menu", key(7))  # Mark
act("media", "the speaker, play me the news please", sp("play"), note="TEST7: the profile's only play")  # Wanjiru, Kenyan
act("media", "skip this track my friend", sp("next"))  # Kwame, Ghanaian
act("media", "switch the tv to hdmi one, I want to play my game", inp(1))  # Josh
act("media", "set the speaker volume to 10, baby is sleeping", vol("spk", 10))  # Imran, Pakistani
act("media", "turn the tv box sound off", mute("box"))  # Imran
act("media", "speaker, previous one la", sp("previous"))  # Ka-yan, HK
act("media", "put the telly on the av input", inp(4))  # Nana June
act("media", "start playing on the speaker please", sp("play"))  # Jiwoo, Korean
act("media", "unmute the tv box", unmute("box"))  # Mark
act("media", "tv sound back on please", unmute("tv"))  # Nana June
ask("media", "can you open netflix for us", APPS, note="the TV and the TV box can both")  # Ellen
act("media", "speaker say dinner is ready", say("dinner is ready"), note="text to speech on the speaker")  # Ellen
act("media", "tv box down one", key(1))  # Josh

# ---------------- scene ----------------
act("scene", "movie time", S("movie"))  # Josh
act("scene", "start the movie scene", S("movie"))  # Mark
act("scene", "let's set it up for a film", S("movie"))  # Ellen
act("scene", "good night house", S("good-night"))  # Ellen
act("scene", "night night, i'm off to sleep", S("good-night"))  # Josh
act("scene", "run good night", S("good-night"))  # Mark
act("scene", "good morning, rise and shine", S("good-morning"))  # Ellen
act("scene", "good morning scene please, we are waking up", S("good-morning"))  # Kwame, Ghanaian
act("scene", "honey i'm home", S("welcome-home"))  # Mark
act("scene", "welcome home scene", S("welcome-home"))  # Carmen
act("scene", "well, we're back home y'all", S("welcome-home"))  # Dale, Texan
act("scene", "good night my friend, we are sleeping", S("good-night"))  # Wanjiru, Kenyan
act("scene", "I have reached home", S("welcome-home"))  # Imran, Pakistani
act("scene", "movie mode la", S("movie"))  # Ka-yan, HK
act("scene", "good morning, morning scene please", S("good-morning"))  # Jiwoo, Korean
act("scene", "cinema mode", S("movie"))  # friend visiting
no("scene", "kick off the candlelight scene for us, it's our anniversary", note="the home has no such scene")  # Mark
act("scene", "good night and switch off the kettle too", S("good-night"), off("kettle"))  # Ellen
act("scene", "we just got in from the airport, welcome home please", S("welcome-home"))  # Ellen

# ---------------- query ----------------
q("is the front door shut", ("door", "magnet-sensor.contact-state"))  # Ellen, leaving
q("what's the temperature in the bedroom", ("therm", "environment.temperature"))  # Nana June
q("how warm is it in the living room", ("ac", "environment.temperature"))  # Mark
q("what is the humidity of the bedroom please", ("therm", "environment.relative-humidity"))  # Imran, Pakistani
q("what's the air quality like", ("pur", "environment.air-quality"))  # Ellen
q("what's the pm2.5 in the bedroom", ("pur", "environment.pm25-density"))  # Mark
q("how much battery has the robot vacuum got", ("vac", "battery.battery-level"))  # Carmen
q("the tv is on or off la", ("tv", "television.on"))  # Ka-yan, HK
q("hold on, did I leave the kettle plug on this morning", ("kettle", "switch.on"))  # Ellen, at the office door
q("is anyone moving in the living room", ("mot", "motion-sensor.motion-state"))  # Mark
q("what's the air con set to", ("ac", "air-conditioner.target-temperature"))  # Mark
q("how open is the curtain", ("curt", "curtain.current-position"))  # Nana June
q("is the bedside bulb on", ("bulb", "light.on"))  # Ellen
q("speaker volume now how much", ("spk", "speaker.volume"))  # Jiwoo, Korean
q("what's on the tv box", ("box", "tv-box.current-content"), note="current content (current app also fine)")  # Mark
q("is the purifier filter still good", ("pur", "filter.filter-life-level"))  # Carmen
q("how much power is the kettle drawing", ("kettle", "power-consumption.electric-power"))  # Mark
q("is the big light on in the living room", ("ceil", "light.on"))  # Nana June
q("what mode is the air conditioner in", ("ac", "air-conditioner.mode"))  # Dale, Texan
q("is the door open my friend", ("door", "magnet-sensor.contact-state"))  # Kwame, Ghanaian
q("please tell me the bedroom humidity", ("therm", "environment.relative-humidity"))  # Wanjiru, Kenyan
q("the robot is cleaning or not", ("vac", "vacuum.status"))  # Imran, Pakistani
q("air con open or not", ("ac", "air-conditioner.on"))  # Ka-yan, HK
q("bedroom temperature how much", ("therm", "environment.temperature"))  # Jiwoo, Korean
q("how dark is it in the living room", ("mot", "motion-sensor.illumination"), note="the motion sensor's light level")  # Mark
q("I'm at work, did the front door get closed", ("door", "magnet-sensor.contact-state"))  # Ellen, indirect
q("is the wall switch on the left on", ("wall", "left-switch.on"))  # Mark
q("how bright is the ceiling light", ("ceil", "light.brightness"))  # Nana June
q("is the robot vacuum charging", ("vac", "battery.charging-state"))  # Carmen
q("how much battery does the thermometer have left", ("therm", "battery.battery-level"))  # Mark
q("the hallway door is closed or open", ("door", "magnet-sensor.contact-state"))  # Imran, Pakistani

# ---------------- group ----------------
act("group", "turn off all the lights", off("bulb"), off("ceil"))  # Ellen, leaving
act("group", "all lights on, power's back", on("bulb"), on("ceil"), note="power cut just ended")  # Mark
act("group", "switch everything off, we're going to the lake", ALL_OFF)  # Dale, Texan
act("group", "turn off everything in the living room", LIVING_OFF)  # Ellen, bedtime
act("group", "everything in the kitchen off before I mop", off("kettle"), note="the kettle plug is the kitchen's only switchable; the vacuum is not 'switched off'")  # Carmen
act("group", "everything in the bedroom off please", off("bulb"), off("pur"))  # Ellen
act("group", "all the lights, make them thirty percent", br("bulb", 30), br("ceil", 30), note="the bulb is off: brightness only")  # Wanjiru, Kenyan
act("group", "dim all the lights a bit", dimmer("bulb"), dimC())  # Ellen
act("group", "mute everything, i'm on a call", MUTE_ALL)  # Mark
act("group", "pause everything that's playing, the pizza guy is here", pause_all())  # Ellen
act("group", "kindly off all the lights", off("bulb"), off("ceil"))  # Wanjiru, Kenyan
act("group", "everything in the house off please, we are travelling", ALL_OFF)  # Imran, Pakistani
act("group", "close all light la", off("bulb"), off("ceil"), note="close = switch off")  # Ka-yan, HK
act("group", "all lights off except the bedside one", off("ceil"))  # Ellen
act("group", "switch off everything but the air conditioner", [a for a in ALL_OFF if a["device"] != "living-ac"])  # Dale
act("group", "turn everything in the living room off apart from the speaker", LIVING_OFF, note="the speaker has no power switch anyway")  # Mark
act("group", "all the lights warm white please", ct("bulb", 2700), ct("ceil", 2700))  # Nana June
act("group", "turn on all lights please", on("bulb"), on("ceil"))  # Jiwoo, Korean
act("group", "everything in the living room that makes sound, mute it", MUTE_ALL)  # friend visiting

# ---------------- mode ----------------
act("mode", "set the house to away mode", M("away"))  # Ellen
act("mode", "sleep mode please, we are going to bed now", M("sleep"))  # Kwame, Ghanaian
act("mode", "home mode please", M("home"))  # Carmen
act("mode", "put the home in sleep mode, we're all in bed", M("sleep"))  # Ellen
act("mode", "turn off away mode, we're back", M("home"))  # Mark
act("mode", "away mode on, y'all", M("away"))  # Dale, Texan
act("mode", "kindly change the house to home mode", M("home"))  # Wanjiru, Kenyan
act("mode", "activate away mode, we are going to Lahore", M("away"))  # Imran, Pakistani
act("mode", "sleep mode for the house please", M("sleep"))  # Jiwoo, Korean
no("mode", "switch the house to party mode", note="no such home mode")  # Josh

# ---------------- timer ----------------
act("timer", "switch off the tv after twenty minutes please", off("tv"), delay=1200)  # Wanjiru, Kenyan
act("timer", "switch the kettle off in five minutes", off("kettle"), delay=300)  # Mark
act("timer", "bedside bulb off in half an hour", off("bulb"), delay=1800)  # Nana June
act("timer", "in an hour turn off the air conditioner", off("ac"), delay=3600)  # Ellen, hot night
act("timer", "start the robot vacuum in 10 minutes", sweep(), delay=600)  # Carmen
act("timer", "close the curtain in 15 minutes", CLOSE(), delay=900)  # Mark
act("timer", "please off the purifier after 45 minutes", off("pur"), delay=2700)  # Kwame, Ghanaian
act("timer", "turn off the tv box in two hours", off("box"), delay=7200)  # Josh
no("timer", "turn off the air con later on", note="vague time: nothing now")  # Dale, Texan
no("timer", "switch the tv off sometime this evening", note="vague time: nothing now")  # Ellen

# ---------------- safety ----------------
ask("safety", "turn the light on", LIGHTS)  # friend visiting
ask("safety", "brightness to 70", LIGHTS)  # Mark
ask("safety", "sound down la", SOUND)  # Ka-yan, HK
ask("safety", "pause it", PLAYERS)  # Ellen
ask("safety", "turn the bedroom off", ["bedroom-bulb", "bedroom-purifier"])  # Josh
ask("safety", "ugh just switch it off", note="no target at all")  # Carmen
no("safety", "turn on the projector", note="no projector")  # friend visiting
no("safety", "start the washing machine", note="no washing machine")  # Carmen
no("safety", "turn on the light in the kitchen", note="no kitchen light")  # Ellen
no("safety", "unlock the front door", note="a contact sensor, no lock")  # friend visiting
no("safety", "turn on the bedroom tv", note="no tv in the bedroom")  # Josh
no("safety", "dim the tv", note="the tv has no brightness")  # Nana June
no("safety", "set the bedside bulb to 150 percent", note="out of range")  # Josh
no("safety", "air con to 10 degrees", note="out of range (16-30)")  # Dale, Texan
no("safety", "don't turn on the vacuum, i'm on a call", note="negation")  # Mark
no("safety", "turn off the tv, actually no, leave it", note="take-back")  # Ellen
no("safety", "can you make the", note="half sentence")  # Josh
no("safety", "what's the capital of Kenya", note="not about the home")  # Wanjiru, Kenyan
no("safety", "thank you my friend, that is all", note="chit-chat")  # Kwame
no("safety", "play spotify on the speaker", note="no apps on the speaker")  # Imran
no("safety", "open the fan la", note="no fan")  # Ka-yan
no("safety", "the air purifier volume up", note="the purifier has no volume")  # Jiwoo
no("safety", "mute the curtain", note="cannot")  # Josh
no("safety", "flip on the hallway light would ya", note="the hallway has only the door sensor")  # Dale, Texan
no("safety", "set things up for my sister, she's staying over", note="no device, scene or mode named")  # Ellen

# ---------------- more hard cases (several candidates, nothing named, indirect questions) ----------------
ask("relative", "a little quieter please", SOUND, note="speaker, TV and TV box all have volume")  # Nana June
ask("media", "hit mute, quick", SOUND)  # Mark, the phone rings
ask("power", "can you get the light, my hands are full", LIGHTS, note="two lights, no room")  # Ellen, cooking
ask("set", "put the brightness on 25", LIGHTS)  # Mark
no("safety", "right, off to school and work, bye house", note="leaving is not a mode or scene; nothing named (TEST4/TEST7)")  # Ellen
q("the kids say the bedroom smells stuffy, is the air okay in there", ("pur", "environment.air-quality"), note="indirect question: air quality = the purifier")  # Ellen
