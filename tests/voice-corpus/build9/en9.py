from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")

# ---- power ----
act("power", "put the telly on for harold the snooker's starting", on("tv"))  # Margaret, retired
act("power", "switch the tv off love i'm not watching it", off("tv"))  # Margaret
act("power", "turn the big light off in the living room", off("ceil"))  # Harold, retired
act("power", "bedside bulb on please", on("bulb"))  # Harold
act("power", "put the air purifier on in the bedroom", on("pur"))  # Margaret
act("power", "switch off the purifier it's making a racket", off("pur"))  # Harold
act("power", "turn on the kettle plug i want a brew", on("kettle"))  # Tom, the son visiting
act("power", "kill the kettle plug", off("kettle"))  # Tom
act("power", "turn the air conditioner on", on("ac"))  # Tom
act("power", "can you switch the aircon off now", off("ac"))  # Zoe, student renting a room
act("power", "turn on the tv box", on("box"))  # Zoe
act("power", "power down the tv box", off("box"))  # Zoe
act("power", "left side of the wall switch on", wl(True))  # Ray, night-shift worker
act("power", "turn the right rocker on the wall switch off", wr(False))  # Ray
act("power", "flick the right wall switch on", wr(True))  # Ray
act("power", "ceiling light on please it's pitch black", on("ceil"))  # Ray, home at 7am in winter
act("power", "turn the lamp in the bedroom off the baby's asleep", off("bulb"))  # Lucy, toddler's mum
act("power", "tv off now milo it's bath time", off("tv"))  # Sam, toddler's dad
act("power", "switch on the bedroom purifier the baby's coughing", on("pur"))  # Lucy
act("power", "turn on the living room light the guests are here", on("ceil"))  # Greg, dinner-party host
act("power", "turn on the robot vacuum", sweep())  # Lucy, after breakfast crumbs
act("power", "turn the bedside light off for me", off("bulb"))  # Tom
act("power", "put the light on in the bedroom la", on("bulb"))  # Liverpool
act("power", "switch the telly off la it's doing me head in", off("tv"))  # Liverpool
act("power", "howay put the kettle on pet", on("kettle"), note="Kettle plug: the only kettle.")  # Newcastle
act("power", "turn the ac on it's wicked hot", on("ac"))  # Boston
act("power", "make the light in the bedroom cher", on("bulb"), note="Louisiana 'make the light' = switch it on.")  # Louisiana
act("power", "please switch off the tv box for me", off("box"))  # Zimbabwean
act("power", "put off the air purifier no", off("pur"))  # Sri Lankan
act("power", "please air conditioner turn off", off("ac"))  # Japanese
act("power", "open light living room please", on("ceil"), note="Vietnamese 'open' = switch on.")  # Vietnamese
act("power", "close tv box", off("box"), note="Vietnamese 'close' = switch off.")  # Vietnamese
ask("power", "switch the lamp off", ["bedroom-bulb", "living-ceiling-light"], note="Lamp: two lights, no room.")  # Greg
ask("power", "turn the light on would you", ["bedroom-bulb", "living-ceiling-light"])  # Margaret
ask("power", "put the light off please", ["bedroom-bulb", "living-ceiling-light"])  # Sri Lankan

# ---- set ----
act("set", "ceiling light to forty percent", br("ceil", 40))  # Ray
act("set", "bedside bulb brightness twenty", br("bulb", 20))  # Zoe
act("set", "make the bedroom bulb red", col(RED))  # Zoe
act("set", "the bedside bulb blue please milo wants blue", col(BLUE))  # Sam
act("set", "turn the bedroom light green for st patrick's", col(GREEN))  # Boston
act("set", "set the air conditioner to twenty two degrees", tt(22))  # Harold
act("set", "aircon on cool mode", acmode(1))  # Tom
act("set", "put the ac on heat please", acmode(3))  # Margaret
act("set", "air conditioner dry mode", acmode(2))  # Louisiana, humid
act("set", "set the aircon fan to high", acfan(3))  # Zoe
act("set", "ac fan on low please", acfan(1))  # Ray
act("set", "set the ac to twenty five and a half", tt(25.5))  # Tom
act("set", "curtain halfway please", curt_half())  # Margaret
act("set", "curtain to thirty percent", pos(30))  # Ray, sleeping by day
act("set", "speaker volume to twenty", vol("spk", 20))  # Lucy
act("set", "tv volume thirty", vol("tv", 30))  # Harold
act("set", "switch the tv to hdmi two", inp(2))  # Tom, his console
act("set", "tv input usb please", inp(5))  # Zoe
act("set", "purifier on sleep mode", pmode(1))  # Lucy
act("set", "put the purifier on auto", pmode(0))  # Margaret
act("set", "purifier fan to high", pfan(3))  # Sam
act("set", "robot vacuum suction on turbo", vfan(3))  # Lucy
act("set", "vacuum on quiet mode the baby's napping", vfan(0))  # Lucy
act("set", "ceiling light reading mode please", lmode(2))  # Zoe, homework
act("set", "ceiling light night mode", lmode(1))  # Ray
act("set", "bedside bulb warm white", ct("bulb", 2700))  # Margaret
act("set", "make the big light a cool white", cooler_white("ceil"), note="No number: cooler white = a higher colour temperature.")  # Greg
act("set", "set the ac to nineteen la", tt(19))  # Liverpool
act("set", "the ceiling light, seventy percent, canny bright like", br("ceil", 70))  # Newcastle
act("set", "put the tv on hdmi one, we're watchin the game", inp(1))  # Boston
act("set", "please set air conditioner twenty six degree", tt(26))  # Japanese
act("set", "robot vacuum strong suction", vfan(2))  # Vietnamese
act("set", "curtain sixty percent open please", pos(60))  # Zimbabwean
ask("set", "put the brightness on fifty", LIGHTS)  # Greg
no("set", "set the aircon to twelve degrees", note="Out of range (16-30).")  # Tom
no("set", "make the ceiling light purple", note="The ceiling light has no colour.")  # Zoe

# ---- relative ----
act("relative", "bit brighter in the living room", brightC())  # Margaret, reading the paper
act("relative", "dim the bedside bulb a touch", dimmer("bulb"))  # Lucy
act("relative", "it's too hot in here", cooler())  # Tom
act("relative", "i'm freezing", hotter())  # Margaret
act("relative", "turn the speaker up a bit", louder("spk"))  # Greg, the party
act("relative", "the telly is much too loud for me, turn it down", tooloud("tv"))  # Margaret
act("relative", "tv box a bit quieter", quieter("box"))  # Sam
act("relative", "let a bit more daylight in through the curtain", curt_more())  # Harold
act("relative", "close the curtain a little", curt_less())  # Ray, sun in his eyes
act("relative", "ac two degrees warmer", hotter())  # Harold
act("relative", "make the aircon a bit cooler", cooler())  # Zoe
act("relative", "dim the living room light", dimC())  # Greg, dinner served
act("relative", "the bedside bulb is too bright for me eyes", dimmer("bulb"))  # Liverpool
act("relative", "warmer light in the bedroom please", warmer("bulb"))  # Lucy
act("relative", "more volume on the speaker", louder("spk"))  # Greg
act("relative", "turn the tv up i can't hear a thing", louder("tv"))  # Harold
act("relative", "it's roasting in here la", cooler())  # Liverpool
act("relative", "it's baltic in here pet", hotter(), note="Geordie 'baltic' = freezing.")  # Newcastle
act("relative", "it's wicked cold turn up the heat", hotter())  # Boston
act("relative", "cher it's hot like a crawfish boil in here", cooler())  # Louisiana
act("relative", "the speaker please reduce the volume small", quieter("spk"))  # Zimbabwean
act("relative", "living room light little bit more bright", brightC())  # Japanese
act("relative", "tv sound more big please", louder("tv"))  # Vietnamese
act("relative", "too dark in the bedroom", darkBedroom())  # Zoe, bulb is off
act("relative", "purifier fan a bit stronger", up("pur", "air-purifier.fan-level"))  # Sam
ask("relative", "turn it down a bit", SOUND)  # Greg
ask("relative", "brighter please", LIGHTS)  # Margaret
ask("relative", "a little louder", SOUND)  # Sri Lankan
no("relative", "make the tv brighter", note="The TV has no brightness.")  # Harold
no("relative", "turn the thermometer up", note="A sensor cannot be set.")  # Tom

# ---- media ----
act("media", "put a bit of music on the speaker for us love", sp("play"))  # Margaret
act("media", "pause the music", sp("pause"), note="Music is the speaker's.")  # Lucy, the phone rings
act("media", "resume the music", sp("play"))  # Lucy
act("media", "ugh skip this song", sp("next"), note="Only the speaker has next.")  # Zoe
act("media", "go back a song", sp("previous"))  # Zoe
act("media", "mute the speaker", mute("spk"))  # Sam
act("media", "unmute the speaker", unmute("spk"))  # Sam
act("media", "mute the tv", mute("tv"))  # Harold, the phone
act("media", "unmute the telly", unmute("tv"))  # Harold
act("media", "pause the tv", tvp("pause"))  # Margaret, the kettle
act("media", "carry on playing on the tv", tvp("play"))  # Margaret
act("media", "pause the tv box", boxp("pause"))  # Tom
act("media", "stop the tv box", boxp("stop"))  # Tom
act("media", "resume the tv box", boxp("play"))  # Ray
act("media", "mute the tv box", mute("box"))  # Ray
act("media", "open netflix on the tv box", app("box", NETFLIX))  # Greg, movie night
act("media", "put netflix on the telly", app("tv", NETFLIX))  # Liverpool
act("media", "open youtube on the tv box", app("box"), note="YouTube: no package known.")  # Zoe
act("media", "tv box press ok", key(4))  # Sam
act("media", "tv box go back", key(5))  # Sam
act("media", "speaker volume fifteen", vol("spk", 15))  # Lucy, nap time
act("media", "tv box volume to ten", vol("box", 10))  # Ray
act("media", "speaker tell everyone dinner's served", say("dinner's served"))  # Greg
act("media", "speaker, let's have the radio news", sp("play"))  # Harold
act("media", "next track on the speaker la", sp("next"))  # Liverpool
act("media", "pause the telly pet the door's going", tvp("pause"))  # Newcastle
act("media", "mute the tv box wicked fast", mute("box"))  # Boston
act("media", "play me some zydeco on the speaker cher", sp("play"))  # Louisiana
act("media", "speaker please stop the song", sp("pause"))  # Zimbabwean
act("media", "tv box please netflix open", app("box", NETFLIX))  # Japanese
act("media", "speaker previous song", sp("previous"))  # Vietnamese
ask("media", "hold on pause that", PLAYERS)  # Sam
ask("media", "stick netflix on for the kids", APPS)  # Tom
no("media", "play spotify on the purifier", note="The purifier plays nothing.")  # Zoe
no("media", "open netflix on the speaker", note="The speaker has no apps.")  # Tom

# ---- scene ----
act("scene", "movie time", S("movie"))  # Greg
act("scene", "start the movie scene", S("movie"))  # Zoe
act("scene", "let's watch a film then", S("movie"))  # Tom
act("scene", "good night house", S("good-night"))  # Margaret
act("scene", "night night we're off to bed", S("good-night"))  # Lucy
act("scene", "good morning", S("good-morning"))  # Harold
act("scene", "run good morning", S("good-morning"))  # Ray, wakes at 3pm
act("scene", "we're home", S("welcome-home"))  # Harold and Margaret, back from bingo
act("scene", "run the welcome home scene", S("welcome-home"))  # Tom
act("scene", "mornin la", S("good-morning"))  # Liverpool
act("scene", "night night pet", S("good-night"))  # Newcastle
act("scene", "we're home from the cape", S("welcome-home"))  # Boston
act("scene", "movie scene cher", S("movie"))  # Louisiana
act("scene", "please activate good night", S("good-night"))  # Zimbabwean
act("scene", "please good morning scene start", S("good-morning"))  # Japanese
act("scene", "i come home already", S("welcome-home"))  # Vietnamese
act("scene", "good night and turn the kettle plug off", S("good-night"), off("kettle"))  # Margaret
no("scene", "fire up the dinner party scene", note="The home has no party scene.")  # Greg
no("scene", "cheerio we're off to the shops", note="Leaving names no scene or mode.")  # Margaret

# ---- query ----
q("is the front door shut", ("door", "magnet-sensor.contact-state"))  # Margaret
q("did i leave the front door open", ("door", "magnet-sensor.contact-state"))  # Ray
q("how warm is it in the bedroom", ("therm", "environment.temperature"))  # Lucy, baby's room
q("what's the humidity in the bedroom", ("therm", "environment.relative-humidity"))  # Lucy
q("what's the temperature in the living room", ("ac", "environment.temperature"))  # Harold
q("how's the air in the bedroom", ("pur", "environment.air-quality"))  # Zoe
q("what's the pm2.5 reading", ("pur", "environment.pm25-density"))  # Tom
q("is the tv on", ("tv", "television.on"))  # Margaret
q("is the bedside bulb on", ("bulb", "light.on"))  # Ray
q("is the living room light still on", ("ceil", "light.on"))  # Harold, in bed
q("how much battery has the robot vacuum got", ("vac", "battery.battery-level"))  # Lucy
q("is the vacuum charging", ("vac", "battery.charging-state"))  # Sam
q("what's the hoover doing", ("vac", "vacuum.status"))  # Liverpool
q("is the kettle plug on", ("kettle", "switch.on"))  # Margaret, already in bed
q("how much power is the kettle using", ("kettle", "power-consumption.electric-power"))  # Tom
q("what's the aircon set to", ("ac", "air-conditioner.target-temperature"))  # Zoe
q("is the aircon running", ("ac", "air-conditioner.on"))  # Tom
q("how open is the curtain", ("curt", "curtain.current-position"))  # Ray
q("what's playing on the tv box", ("box", "tv-box.current-content"))  # Sam
q("what's the speaker volume", ("spk", "speaker.volume"))  # Greg
q("has anyone been in the living room lately", ("mot", "motion-sensor.motion-state"), note="The motion sensor.")  # Tom, checking on his parents
q("how long has the purifier filter got left", ("pur", "filter.filter-life-level"))  # Lucy
q("is the left side of the wall switch on", ("wall", "left-switch.on"))  # Ray
q("is the thermometer battery low", ("therm", "battery.battery-level"))  # Harold
q("is the front door open la", ("door", "magnet-sensor.contact-state"))  # Liverpool
q("how cold is it in the bedroom pet", ("therm", "environment.temperature"))  # Newcastle
q("is the tv on in the living room or what", ("tv", "television.on"))  # Boston
q("what the humidity be in the bedroom cher", ("therm", "environment.relative-humidity"))  # Louisiana
q("the vacuum is how much battery", ("vac", "battery.battery-level"))  # Sri Lankan
q("curtain is open or closed", ("curt", "curtain.current-position"))  # Vietnamese

# ---- group ----
act("group", "turn off all the lights", off("bulb"), off("ceil"))  # Harold, bedtime
act("group", "all the lights on please", on("bulb"), on("ceil"))  # Greg
act("group", "switch everything off we're away for the weekend", ALL_OFF)  # Tom, taking his parents away
act("group", "turn off every device in the living room", LIVING_OFF)  # Margaret
act("group", "everything in the bedroom off i'm kipping till three", off("bulb"), off("pur"))  # Ray, daytime sleep
act("group", "all the lights off except the bedside one", off("ceil"))  # Lucy
act("group", "mute everything that makes a noise milo is asleep", MUTE_ALL)  # Sam, toddler asleep
act("group", "pause everything that's playing the doorbell just went", pause_all())  # Greg, the doorbell
act("group", "dim all the lights for pudding", dimmer("bulb"), dimC())  # Greg, dessert
act("group", "every light to sixty percent", br("bulb", 60), br("ceil", 60))  # Zoe
act("group", "switch off everything in the kitchen", off("kettle"), note="Kitchen: only the plug switches.")  # Lucy
act("group", "turn everything off but the aircon", [off("bulb"), off("pur"), off("kettle"), off("ceil"), off("tv"), off("box"), wl(False), wr(False)])  # Tom
act("group", "all the lights off la", off("bulb"), off("ceil"))  # Liverpool
act("group", "turn all the lights on pet", on("bulb"), on("ceil"))  # Newcastle
act("group", "shut everything off in the living room", LIVING_OFF)  # Boston
act("group", "cher turn off all the lights in the house", off("bulb"), off("ceil"))  # Louisiana
act("group", "please switch off all the lights for me", off("bulb"), off("ceil"))  # Zimbabwean
act("group", "all light turn off please", off("bulb"), off("ceil"))  # Japanese
act("group", "mute all the things that make sound", MUTE_ALL)  # Sri Lankan

# ---- mode ----
act("mode", "put the house in away mode", M("away"))  # Tom
act("mode", "switch to sleep mode", M("sleep"))  # Ray, going to bed at 8am
act("mode", "home mode please", M("home"))  # Zoe
act("mode", "set away mode we're off to the coast", M("away"))  # Harold
act("mode", "sleep mode on", M("sleep"))  # Lucy
act("mode", "switch the house back to home mode", M("home"))  # Margaret
act("mode", "away mode la", M("away"))  # Liverpool
act("mode", "put the house in sleep mode cher", M("sleep"))  # Louisiana
act("mode", "please change to home mode", M("home"))  # Japanese
no("mode", "turn on guest mode", note="No guest mode in the home.")  # Greg

# ---- timer ----
act("timer", "turn off the tv in twenty minutes", off("tv"), delay=1200)  # Margaret
act("timer", "switch the bedside bulb off in ten minutes", off("bulb"), delay=600)  # Lucy, the bedtime story
act("timer", "turn the kettle plug off in five minutes", off("kettle"), delay=300)  # Tom
act("timer", "in an hour turn off the air conditioner", off("ac"), delay=3600)  # Zoe
act("timer", "close the curtain in half an hour", CLOSE(), delay=1800)  # Ray
act("timer", "turn the purifier off in forty five minutes la", off("pur"), delay=2700)  # Liverpool
act("timer", "switch the telly off in quarter of an hour pet", off("tv"), delay=900)  # Newcastle
act("timer", "please after two hours turn off the tv box", off("box"), delay=7200)  # Japanese
no("timer", "switch the aircon off now now", note="Zimbabwean 'now now' = in a while: a vague time, nothing now.")  # Zimbabwean
no("timer", "turn the telly off a bit later on", note="Vague time.")  # Harold

# ---- safety ----
no("safety", "turn on the projector", note="No projector.")  # Greg, movie night
no("safety", "start the washing machine", note="No washing machine.")  # Lucy, laundry day
no("safety", "switch on the tumble dryer", note="No dryer.")  # Margaret
no("safety", "unlock the front door", note="A sensor only.")  # Tom
no("safety", "turn on the kitchen light i can't see the cereal", note="No kitchen light.")  # Lucy
no("safety", "switch on the fan", note="No fan.")  # Louisiana
no("safety", "don't turn the tv on", note="Negation.")  # Sam, toddler
no("safety", "turn off the aircon, no wait, leave it", note="Take-back.")  # Zoe
no("safety", "could you turn the", note="Half sentence.")  # Harold
no("safety", "thanks love that's all", note="Chit-chat.")  # Margaret
no("safety", "what time does the match start", note="Not about the home.")  # Boston
no("safety", "tell me a joke i'm bored of revising", note="Chit-chat, nothing to the devices.")  # Zoe
no("safety", "is it going to rain in liverpool tomorrow", note="Not about the home.")  # Liverpool
no("safety", "mute the curtain", note="Cannot.")  # Sam
no("safety", "open the front door for the guests", note="A sensor cannot open.")  # Greg
no("safety", "turn on the dishwasher", note="No dishwasher.")  # Greg
no("safety", "we'll be going now thanks", note="Leaving: names nothing.")  # Sri Lankan
no("safety", "howay man", note="Chit-chat.")  # Newcastle
no("safety", "turn the hallway light on cher", note="No hallway light.")  # Louisiana
no("safety", "uh the the um", note="ASR garbage.")  # Vietnamese
ask("safety", "oh just switch it off", None, note="No target at all.")  # Ray
ask("safety", "turn off the bedroom for me", ["bedroom-bulb", "bedroom-purifier"], note="Bare room.")  # Lucy
ask("safety", "turn on the living room", None, note="Bare room, several devices.")  # Japanese
no("safety", "turn on the tv in the bedroom i'm on nights", note="No TV in the bedroom.")  # Ray
no("safety", "set the bedside bulb to two hundred percent", note="Out of range.")  # Zoe
no("safety", "please switch off the geyser", note="Zimbabwean geyser = water heater; the home has none.")  # Zimbabwean

# ---- more regional and non-native voices ----
act("power", "switch the purifier on la the air's proper stale", on("pur"))  # Liverpool
act("power", "please on the bedside bulb for me", on("bulb"), note="Sri Lankan 'on the …' = switch on.")  # Sri Lankan
act("set", "put the ac on cool, it's sticky as a bayou out there", acmode(1))  # Louisiana
act("relative", "ceiling light is too much bright, little darker please", dimC())  # Japanese
act("media", "speaker play music please, for the cleaning", sp("play"))  # Vietnamese
act("media", "pause the tv box man, the pizza's here", boxp("pause"))  # Newcastle
q("kettle plug is still on, no?", ("kettle", "switch.on"), note="Sri Lankan 'no' tag.")  # Sri Lankan
q("how's the air quality in the bedroom, is it wicked bad", ("pur", "environment.air-quality"))  # Boston
act("scene", "good night everybody, sleep well", S("good-night"))  # Zimbabwean
no("safety", "please switch on the heater in the kitchen", note="No heater; the kitchen has only the plug and the vacuum.")  # Zimbabwean
