"""test10, English: hand-written, one utterance a line, each with its voice (see TEST10.md)."""
from lib import *
from common import *

lang("en")
L = LIGHTS
# ---- power ----
act("power", "can you switch the telly on babe", on("tv"))  # Jess, young couple
act("power", "turn the tv off we're done", off("tv"))  # Dan, young couple
act("power", "kettle on please", on("kettle"))  # grandma Pat
act("power", "switch off the kettle plug it's boiled", off("kettle"))  # Pat
act("power", "put the bedside bulb on", on("bulb"))  # student Ellie
act("power", "bedside light off now", off("bulb"))  # Ellie
act("power", "turn on the ceiling light in the living room", on("ceil"))  # Mark, twins' dad
act("power", "big light off in the lounge", off("ceil"))  # Mark
act("power", "switch the air purifier on", on("pur"))  # Jess
act("power", "turn the purifier off it's noisy", off("pur"))  # Dan
act("power", "air con on would you it's sticky", on("ac"))  # Ellie
act("power", "switch the aircon off please", off("ac"))  # Mark
act("power", "turn on the tv box", on("box"))  # Dan
act("power", "switch off the set top box", off("box"))  # Mark
act("power", "switch on the left side of the wall switch", wl(True))  # cleaner Rosa
act("power", "wall switch right side off", wr(False))  # Rosa
act("power", "start the robot vacuum", sweep(), note="starting the vacuum is its on")  # Rosa
act("power", "send the hoover back to its dock", dock())  # Jess
act("power", "could ye stick the telly on hen", on("tv"))  # Glasgow
act("power", "switch that wee bedside lamp aff", off("bulb"))  # Glasgow
act("power", "turn the big light off there so", off("ceil"))  # Belfast
act("power", "put the kettle on my bird", on("kettle"))  # Cornwall
act("power", "cut the tv on for me", on("tv"))  # Alabama
act("power", "cut off the air conditioner", off("ac"))  # Alabama
act("power", "doh leave the purifier running switch it off nah", off("pur"))  # Trinidadian
act("power", "please on the tv box for me", on("box"))  # Ugandan
act("power", "off the bulb in the bedroom", off("bulb"))  # Bangladeshi
act("power", "make the ceiling light on please", on("ceil"))  # German
act("power", "connect the air conditioner please", on("ac"))  # Brazilian ("ligar")
act("power", "turn off the telly now i'm heading to bed", off("tv"))  # Pat
no("power", "switch on the washing machine", note="not in the home")  # Jess
no("power", "turn on the hallway light", note="the hallway has no light")  # neighbour Omar
no("power", "open the front door for the cat", note="a door sensor cannot be commanded")  # Omar
no("power", "turn on the dishwasher love", note="not in the home")  # Pat
# ---- set ----
act("set", "set the bedside bulb to forty percent", br("bulb", 40))  # Ellie
act("set", "ceiling light to eighty percent", br("ceil", 80))  # Mark
act("set", "make the bedside light blue", col(BLUE))  # Ellie
act("set", "bedroom bulb red please", col(RED))  # Jess
act("set", "turn the bedside light green for saint paddy's", col(GREEN))  # Belfast
act("set", "set the ceiling light to warm white", ct("ceil", 2700))  # Dan
act("set", "put the living room light on reading mode", lmode(2))  # Ellie
act("set", "ceiling light night mode", lmode(1))  # Mark
act("set", "ceiling light tv mode", lmode(3))  # Dan
act("set", "set the air con to twenty two degrees", tt(22))  # Jess
act("set", "aircon to nineteen and a half", tt(19.5))  # Dan
act("set", "put the aircon on heat", acmode(3))  # Pat
act("set", "switch the air conditioner to dry mode it's muggy", acmode(2))  # Trinidadian
act("set", "air conditioner fan on high", acfan(3))  # Alabama
act("set", "aircon fan speed low", acfan(1))  # Mark
act("set", "turn on the swing on the aircon up and down", vswing(True))  # Ugandan
act("set", "put the aircon in eco", eco(True))  # Bangladeshi
act("set", "open the curtains halfway", curt_half())  # Rosa
act("set", "curtains to thirty percent", pos(30))  # Dan
act("set", "open the curtain fully", OPEN())  # grandma Pat
act("set", "close the living room curtains it's getting dark", CLOSE())  # Jess
act("set", "speaker volume to twenty five", vol("spk", 25))  # Ellie
act("set", "set the tv volume to thirty", vol("tv", 30))  # Mark
act("set", "switch the tv to hdmi one", inp(1))  # Dan
act("set", "tv input usb", inp(5))  # German
act("set", "purifier on sleep mode", pmode(1))  # Jess
act("set", "put the air purifier fan on medium", pfan(2))  # Bangladeshi
act("set", "lock the buttons on the purifier the twins keep pressing them", lock(True))  # Mark
act("set", "vacuum suction to turbo", vfan(3))  # Rosa
act("set", "robot vacuum on quiet mode the baby's asleep", vfan(0))  # Mark
act("set", "make de bedside bulb yellow nah", col(YELLOW))  # Trinidadian
act("set", "put the temperature of the aircon on twenty four please", tt(24))  # Brazilian
no("set", "set the air conditioner to fourteen degrees", note="below 16")  # German
no("set", "make the ceiling light red", note="the ceiling light has no colour")  # Glasgow
# ---- relative ----
act("relative", "bit brighter on the bedside bulb", brighter("bulb"))  # Ellie
act("relative", "dim the ceiling light a touch", dimC())  # Dan
act("relative", "ceiling light brighter", brightC())  # Pat
act("relative", "it's baltic in the lounge heat it up", hotter(), note="baltic = freezing; the AC is the only heater")  # Glasgow
act("relative", "jeez it's roasting in here with the oven going", cooler())  # Jess
act("relative", "turn the aircon down a couple of degrees", cooler())  # Mark
act("relative", "warmer on the air conditioner please", hotter())  # Bangladeshi
act("relative", "speaker a wee bit louder", louder("spk"))  # Glasgow
act("relative", "tv's too loud", tooloud("tv"))  # Pat
act("relative", "turn the tv box down a bit", quieter("box"))  # Dan
act("relative", "the telly up a bit i can't hear it", louder("tv"))  # Pat
act("relative", "make the bedside light warmer", warmer("bulb"))  # Jess
act("relative", "make the big light whiter", cooler_white("ceil"))  # Ellie
act("relative", "open the curtains a bit more", curt_more())  # Rosa
act("relative", "close the curtain a little", curt_less())  # Omar
act("relative", "it's too dark in the bedroom", darkBedroom())  # Ellie
act("relative", "the lounge light is too bright", dimC())  # Cornwall
act("relative", "reduce the speaker small small", quieter("spk"))  # Ugandan
act("relative", "is hot too much here in living room", cooler())  # Bangladeshi
act("relative", "the ceiling light more darker please", dimC())  # German
act("relative", "more quiet the tv please", quieter("tv"))  # Brazilian
act("relative", "crank up the speaker y'all", louder("spk"))  # Alabama
act("relative", "it's freezin' in the living room", hotter())  # Cornwall
act("relative", "bedside bulb down a notch", dimmer("bulb"))  # Ellie
act("relative", "purifier fan faster please", up("pur", "air-purifier.fan-level"))  # Jess
ask("relative", "a bit louder", SOUND)  # Dan
ask("relative", "can you make it brighter", L)  # Pat
no("relative", "make the tv screen more bright please", note="the tv has no brightness")  # German
no("relative", "turn the fridge colder", note="no fridge")  # Trinidadian
# ---- media ----
act("media", "put some music on the speaker while i unpack", sp("play"))  # Jess
act("media", "pause the music", sp("pause"))  # Dan
act("media", "ugh next song", sp("next"))  # Ellie
act("media", "go back one track", sp("previous"))  # Ellie
act("media", "mute the speaker", mute("spk"))  # Mark
act("media", "unmute the speaker", unmute("spk"))  # Mark
act("media", "mute the telly the phone's ringing", mute("tv"))  # Pat
act("media", "unmute the tv", unmute("tv"))  # Pat
act("media", "pause the tv", tvp("pause"))  # Dan
act("media", "resume on the tv", tvp("play"))  # Dan
act("media", "pause the tv box", boxp("pause"))  # Jess
act("media", "play on the tv box", boxp("play"))  # Jess
act("media", "stop whatever's on the tv box", boxp("stop"))  # Mark
act("media", "open netflix on the tv box", app("box", NETFLIX))  # Ellie
act("media", "put netflix on the telly", app("tv", NETFLIX))  # Glasgow
act("media", "open youtube on the tv", app("tv"))  # twins' dad Mark
act("media", "mute the tv box", mute("box"))  # Dan
act("media", "tv box volume to fifteen", vol("box", 15))  # Dan
act("media", "play the radio news on the speaker dear", sp("play"))  # Pat
act("media", "skip this one i hate it", sp("next"), note="only the speaker has next/previous: a setting word with one capable device")  # Ellie
act("media", "say dinner is ready on the speaker", say("dinner is ready"))  # Jess
act("media", "announce on the speaker that the cat's been fed", say("the cat's been fed"))  # neighbour Omar
act("media", "press ok on the tv box remote", key(4))  # Mark
act("media", "switch the tv over to hdmi two for the xbox", inp(2))  # Ellie
act("media", "play me some calypso on the speaker nah", sp("play"))  # Trinidadian
act("media", "please pause the music small", sp("pause"))  # Ugandan
act("media", "the speaker please put silent", mute("spk"))  # Bangladeshi
act("media", "the song before please on the speaker", sp("previous"))  # German
act("media", "open the netflix in the tv box", app("box", NETFLIX))  # Brazilian
act("media", "hush the speaker a minute", mute("spk"))  # Cornwall
ask("media", "pause pause", PLAYERS)  # Rosa
ask("media", "open netflix for the boys", APPS)  # Jess
no("media", "play spotify on the kettle", note="a plug cannot play")  # Omar
no("media", "mute the curtains", note="cannot")  # Glasgow
# ---- scene ----
act("scene", "good morning", S("good-morning"))  # Jess
act("scene", "movie time", S("movie"))  # Dan
act("scene", "start movie mode we got pizza", S("movie"))  # Ellie
act("scene", "good night house", S("good-night"))  # Pat
act("scene", "i'm home", S("welcome-home"))  # Dan
act("scene", "run the welcome home scene", S("welcome-home"))  # Mark
act("scene", "activate good night", S("good-night"))  # Mark
act("scene", "morning everyone let's get going", S("good-morning"))  # Mark
act("scene", "mornin' y'all", S("good-morning"))  # Alabama
act("scene", "night night", S("good-night"))  # Belfast
act("scene", "we're back hiya", S("welcome-home"))  # Glasgow
act("scene", "set up for a film", S("movie"))  # Cornwall
act("scene", "movie scene please", S("movie"))  # Ugandan
act("scene", "do the good morning scene", S("good-morning"))  # Bangladeshi
act("scene", "i am arrived at home", S("welcome-home"))  # German
act("scene", "good night and switch the kettle plug off", S("good-night"), off("kettle"))  # Pat
no("scene", "start party mode", note="no party scene")  # Trinidadian
no("scene", "romantic dinner scene please", note="no such scene")  # Dan
act("scene", "time for a film lads", S("movie"))  # Glasgow
# ---- query ----
q("is the front door shut", ("door", "magnet-sensor.contact-state"))  # Omar
q("did the cleaner leave the front door open", ("door", "magnet-sensor.contact-state"))  # Jess
q("what's the temperature in the bedroom", ("therm", "environment.temperature"))  # Pat
q("how humid is the bedroom", ("therm", "environment.relative-humidity"))  # Ellie
q("how warm is it in the living room", ("ac", "environment.temperature"))  # Mark
q("what's the air quality like", ("pur", "environment.air-quality"))  # Jess
q("what's the pm2.5 in the bedroom", ("pur", "environment.pm25-density"))  # Bangladeshi
q("how much battery has the hoover got", ("vac", "battery.battery-level"))  # Rosa
q("is the robot vacuum charging", ("vac", "battery.charging-state"))  # Rosa
q("what's the vacuum doing", ("vac", "vacuum.status"))  # Mark
q("is the tv on", ("tv", "television.on"))  # Pat
q("is the bedside light on", ("bulb", "light.on"))  # Ellie
q("what's the aircon set to", ("ac", "air-conditioner.target-temperature"))  # Dan
q("is the kettle plug on", ("kettle", "switch.on"))  # Pat
q("how much power is the kettle using", ("kettle", "power-consumption.electric-power"))  # Dan
q("how much filter's left in the purifier", ("pur", "filter.filter-life-level"))  # Jess
q("is anyone moving in the lounge", ("mot", "motion-sensor.motion-state"))  # Omar
q("how bright is it in the living room", ("mot", "motion-sensor.illumination"))  # German
q("are the curtains open", ("curt", "curtain.current-position"))  # Cornwall
q("what volume is the speaker on", ("spk", "speaker.volume"))  # Ellie
q("what's playing on the tv box", ("box", "tv-box.current-content"))  # Mark
q("is the ceiling light on", ("ceil", "light.on"))  # Ugandan
q("whit's the temperature ben the bedroom", ("therm", "environment.temperature"))  # Glasgow
q("is the door closed so it is", ("door", "magnet-sensor.contact-state"))  # Belfast
q("is the thermometer battery low", ("therm", "battery.battery-level"))  # Mark
q("is the air con running", ("ac", "air-conditioner.on"))  # Alabama
q("the purifier got any fault", ("pur", "air-purifier.fault"))  # Trinidadian
q("the wall switch left side is on or off", ("wall", "left-switch.on"))  # Bangladeshi
q("is the motion sensor battery okay", ("mot", "battery.battery-level"))  # Brazilian
# ---- group ----
act("group", "turn off all the lights", off("bulb"), off("ceil"))  # Jess
act("group", "all the lights on", on("bulb"), on("ceil"))  # Dan
act("group", "switch everything off in the bedroom", off("bulb"), off("pur"))  # Ellie
act("group", "everything in the kitchen off before i mop", off("kettle"))  # Pat
act("group", "turn off everything in the living room i'm hoovering in there", LIVING_OFF)  # Mark
act("group", "turn everything off we're going away", ALL_OFF)  # Jess
act("group", "all lights off except the bedside one i'm reading", off("ceil"))  # Ellie
act("group", "mute everything the twins are finally asleep", MUTE_ALL)  # Mark
act("group", "pause everything that's playing someone's at the door", pause_all())  # Dan
act("group", "both lights to fifty percent", br("bulb", 50), br("ceil", 50))  # Dan
act("group", "every light in the house off please", off("bulb"), off("ceil"))  # Pat
act("group", "aw the lights aff", off("bulb"), off("ceil"))  # Glasgow
act("group", "switch off all de lights nah", off("bulb"), off("ceil"))  # Trinidadian
act("group", "off all the things in the bedroom please", off("bulb"), off("pur"))  # Ugandan
act("group", "all devices in the living room switch off", LIVING_OFF)  # German
act("group", "turn off everything except the air con", off("bulb"), off("pur"), off("kettle"), off("ceil"), off("tv"), off("box"), wl(False), wr(False))  # Alabama
act("group", "take all the lights down a bit it's late", dimmer("bulb"), dimC())  # Jess
act("group", "both switches on the wall switch off", wl(False), wr(False))  # Rosa
act("group", "all the lights on full", br("bulb", 100), br("ceil", 100))  # Mark
# ---- mode ----
act("mode", "set the house to away mode", M("away"))  # Jess
act("mode", "switch to sleep mode", M("sleep"))  # Ellie
act("mode", "home mode please", M("home"))  # Dan
act("mode", "put the house in away mode we're off to cornwall", M("away"))  # Mark
act("mode", "turn on sleep mode for the house", M("sleep"))  # Pat
act("mode", "switch the home to home mode", M("home"))  # Bangladeshi
act("mode", "away mode on there", M("away"))  # Belfast
act("mode", "activate the sleeping mode", M("sleep"))  # Brazilian
no("mode", "switch to holiday mode", note="no holiday mode")  # Cornwall
no("mode", "guest mode on", note="no guest mode")  # Glasgow
# ---- timer ----
act("timer", "turn the tv off in twenty minutes", off("tv"), delay=1200)  # Pat
act("timer", "switch the bedside light off in ten minutes", off("bulb"), delay=600)  # Ellie
act("timer", "in half an hour turn off the aircon", off("ac"), delay=1800)  # Dan
act("timer", "start the vacuum in an hour", sweep(), delay=3600)  # Rosa
act("timer", "kettle on in five minutes", on("kettle"), delay=300)  # Pat
act("timer", "turn the purifier off in two hours", off("pur"), delay=7200)  # Jess
act("timer", "in forty five minutes turn off the tv box", off("box"), delay=2700)  # Mark
act("timer", "switch the big light off in fifteen minutes so", off("ceil"), delay=900)  # Belfast
no("timer", "turn the telly off later", note="vague time")  # Glasgow
no("timer", "stick the kettle on dreckly", note="Cornish 'dreckly' = some time, not now: vague")  # Cornwall
no("timer", "switch off de aircon just now nah", note="Trinidadian 'just now' = in a little while, not now: vague")  # Trinidadian
# ---- safety ----
ask("safety", "turn the light off", L)  # Jess
ask("safety", "switch off the bedroom", ["bedroom-bulb", "bedroom-purifier"])  # Ellie
ask("safety", "turn off the living room", note="bare room")  # Dan
ask("safety", "can you turn it off for me")  # Omar
no("safety", "turn on the projector", note="not in the home")  # Ellie
no("safety", "unlock the front door", note="never by voice; no lock")  # Omar
no("safety", "what's the capital of uganda", note="not about the home")  # Ugandan
no("safety", "tell me a story about a dragon", note="chit-chat")  # Mark
no("safety", "thanks that's lovely", note="chit-chat")  # Pat
no("safety", "turn on the uh", note="half sentence")  # Dan
no("safety", "switch the tv off no actually leave it", note="take-back")  # Jess
no("safety", "don't turn off the purifier", note="negation")  # Ellie
no("safety", "start the tumble dryer", note="not in the home")  # Rosa
no("safety", "switch on the bathroom fan", note="no fan, no bathroom")  # Glasgow
no("safety", "how are ye the day", note="chit-chat")  # Belfast
no("safety", "the cat's been fed and the bowl is full", note="a remark, not a command")  # Omar
no("safety", "y'all hear that thunder", note="chit-chat")  # Alabama
no("safety", "eh eh wait", note="half sentence")  # Trinidadian
no("safety", "turn the oven on to 180", note="no oven")  # Brazilian
no("safety", "open the garage", note="no garage")  # German
ask("safety", "turn it up", note="no target: volume, brightness or temperature")  # Dan
ask("safety", "set it to thirty", note="no target")  # Bangladeshi
no("safety", "lights", note="a single word, not a command")  # Cornwall
no("safety", "the tv box is a bit dusty", note="remark")  # Rosa
