"""test11, English: hand-written utterances, one a line, each with a comment naming its voice.

Plain households: the Harpers (Claire, mum; Rob, dad; Maddie, 16; Theo, 14), Nadia (an ICU nurse on nights, sleeping
by day), Felix (cooking with his hands full, a dinner party), Ivy's seventh birthday, the power coming back after a
cut (Owen), Hannah (a translator working from home), a rainy weekend.
Regional / non-native: Yorkshire (Barry), Minnesota (Linnea), Hawaiian Pidgin (Kekoa), Russian learner (Dmitri),
Egyptian learner (Yasmin), Mexican learner (Luis), and raw recogniser transcripts (ASR: restarts, fillers, run-ons)."""
import lib
from lib import (act, q, ask, no, on, off, wl, wr, OPEN, CLOSE, pos, br, ct, col, lmode, tt, acmode, acfan, vol,
                 mute, unmute, inp, pmode, pfan, vfan, sweep, dock, key, up, dn, hotter, cooler, brighter, dimmer,
                 louder, quieter, sp, tvp, boxp, app, S, M, P, A, C, NETFLIX, LIGHTS, SOUND, PLAYERS, APPS,
                 LIVING_OFF, ALL_OFF)
from common import (dimC, brightC, darkBedroom, vstop, vpause, vswing, hswing, eco, lock, warmer, cooler_white,
                      curt_more, curt_less, tooloud, say, curtstop, MUTE_ALL, pause_all, RED, GREEN, BLUE, YELLOW,
                      curt_half)

lib.lang("en")
BED = ["bedroom-bulb", "bedroom-purifier"]

# ---------------------------------------------------------------- power (34)
act("power", "claire here can you switch the kettle plug on i'm making the lunches", on("kettle"))  # Claire
act("power", "turn the ceiling light off please nobody's in the living room", off("ceil"))  # Claire
act("power", "theo's left the tv box on again switch it off", off("box"))  # Rob
act("power", "switch the bedside bulb on i can't find my charger", on("bulb"))  # Maddie
act("power", "air purifier on, my hay fever is killing me", on("pur"))  # Maddie
act("power", "kill the telly i've got a shift at seven", off("tv"))  # Nadia
act("power", "close the curtains i need to sleep through the day", CLOSE())  # Nadia
act("power", "turn the air conditioner off it's making that noise", off("ac"))  # Nadia
act("power", "elbow deep in pastry here, kettle plug on please", on("kettle"))  # Felix
act("power", "hands are covered in flour could you switch the tv on", on("tv"))  # Felix
act("power", "right rocker on the wall switch on please", wr(True))  # Owen, power cut
act("power", "the power's back switch the air purifier back on", on("pur"))  # Owen
act("power", "open the living room curtains i need daylight for this call", OPEN())  # Hannah
act("power", "switch off the left side of the wall switch", wl(False))  # Hannah
act("power", "send the robot vacuum round while we're out in the rain", sweep())  # rainy weekend
act("power", "put the tv box on we'll watch something", on("box"))  # rainy weekend
ask("power", "lights on in here i can't see the cake", LIGHTS)  # birthday
act("power", "switch the kettle plug off the cake's in the oven and i'm done with tea", off("kettle"))  # birthday
no("power", "turn on the oven for the birthday cake", note="no oven in the home")  # birthday
no("power", "switch on the dishwasher after dinner please", note="no dishwasher")  # Felix
# Yorkshire (Barry)
act("power", "put t' big light on love it's like a cave in 'ere", on("ceil"))  # Yorkshire
act("power", "turn t' telly off there's nowt on", off("tv"))  # Yorkshire
# Minnesota (Linnea)
act("power", "oh ya could ya turn on the air purifier real quick", on("pur"))  # Minnesota
act("power", "ope, shut off the tv box would ya", off("box"))  # Minnesota
# Hawaiian Pidgin (Kekoa)
act("power", "brah try turn off da bedside bulb", off("bulb"))  # Hawaii
act("power", "shoots turn on da aircon stay hot", on("ac"))  # Hawaii
# Russian learner (Dmitri)
act("power", "switch on conditioner please", on("ac"))  # Russian
act("power", "turn off light in bedroom", off("bulb"))  # Russian
# Egyptian learner (Yasmin)
act("power", "yasmin here please open the tv", on("tv"), note="Egyptian English: open = switch on")  # Egyptian
act("power", "close the ceiling light khalas we finished", off("ceil"), note="close = switch off")  # Egyptian
# Mexican learner (Luis)
act("power", "put the tele please the game is starting", on("tv"), note="Spanish poner = switch on")  # Mexican
act("power", "turn on the clima please hace mucho calor", on("ac"), note="Mexican clima = the air conditioner")  # Mexican
# ASR transcripts
act("power", "turn on the uh no turn off the air purifier", off("pur"), note="restart: the corrected command counts")  # ASR
act("power", "hey can you put the um the kettle plug on thanks", on("kettle"))  # ASR

# ---------------------------------------------------------------- set (34)
act("set", "set the ceiling light to forty percent for homework", br("ceil", 40))  # Claire
act("set", "air conditioner to twenty three degrees please", tt(23))  # Rob
act("set", "put the air conditioner on cool mode", acmode(1))  # Rob
act("set", "make the bedside bulb purple", col(0x800080), note="purple: 0x800080 (an engine's other purple is fine)")  # Maddie
act("set", "bedside bulb green like the slime theo made", col(GREEN))  # Maddie
act("set", "ceiling light in reading mode maddie's revising", lmode(2))  # Claire
act("set", "curtains to thirty percent i only need a crack of light", pos(30))  # Nadia
act("set", "bedside bulb at five percent i'm just getting up for a glass of water", br("bulb", 5))  # Nadia
act("set", "purifier on sleep mode i'm going down for the day", pmode(1))  # Nadia
act("set", "set the air conditioner fan to low it's whistling", acfan(1))  # Nadia
act("set", "ceiling light to seventy percent i need to see the knife", br("ceil", 70))  # Felix
act("set", "air conditioner to dry mode the kitchen steam is everywhere", acmode(2))  # Felix
act("set", "the bedside bulb pink for the birthday girl", col(0xFFC0CB), note="pink: 0xFFC0CB")  # birthday
act("set", "after a power cut the kettle plug should stay off", P("kettle", "switch.default-power-on-state", 0))  # Owen
act("set", "robot vacuum on turbo suction there's crumbs everywhere", vfan(3))  # birthday
act("set", "set the ceiling light to five thousand kelvin i'm on camera", ct("ceil", 5000))  # Hannah
act("set", "air conditioner twenty five and turn on eco", tt(25), eco(True))  # Hannah
act("set", "purifier fan to high please", pfan(3), note="fan level applies in manual mode; only the level is asked")  # rainy
act("set", "lock the buttons on the air purifier so theo stops fiddling", lock(True))  # Rob
no("set", "set the air conditioner to thirty five", note="out of range 16-30")  # Rob
no("set", "make the ceiling light orange for the party", note="the ceiling light has no colour")  # birthday
no("set", "bedside bulb to a hundred and fifty percent", note="brightness range 1-100")  # Maddie
# Yorkshire
act("set", "set t' air conditioner to twenty one it's nithered in 'ere", tt(21), note="Yorkshire nithered = frozen; a number was given")  # Yorkshire
act("set", "put t' bedside light on warm white love", ct("bulb", 2700))  # Yorkshire
# Minnesota
act("set", "could ya set the thermostat on the air conditioner to twenty two, you betcha", tt(22))  # Minnesota
act("set", "put the curtains halfway there, oh ya", curt_half())  # Minnesota
# Hawaii
act("set", "brah set da ceiling light to night mode", lmode(1))  # Hawaii
act("set", "put da air conditioner on fan only", acmode(4))  # Hawaii
# Russian
act("set", "make bedroom bulb blue colour", col(BLUE))  # Russian
act("set", "temperature of conditioner put nineteen", tt(19))  # Russian
# Egyptian
act("set", "open the air condition on twenty four please habibi", on("ac"), tt(24), note="Egyptian English: open = switch on, and the set point 24 was asked too")  # Egyptian
# Mexican
act("set", "the light of the living room in fifty", br("ceil", 50))  # Mexican
# ASR
act("set", "set the air conditioner to twenty uh twenty two point five", tt(22.5))  # ASR
act("set", "ceiling light brightness sixty no sixty five", br("ceil", 65), note="self-correction: the last number")  # ASR

# ---------------------------------------------------------------- relative (29)
act("relative", "the ceiling light's a bit harsh turn it down", dimC())  # Claire
act("relative", "bump the air conditioner up a degree it's chilly for the kids", hotter())  # Claire
act("relative", "bedside bulb brighter i'm reading", brighter("bulb"))  # Maddie
act("relative", "ugh it's roasting in the living room", cooler(), note="one AC: lower its set point")  # Theo
act("relative", "dim the bedside bulb a touch more", dimmer("bulb"))  # Nadia
act("relative", "close the curtains a bit more the sun's on my face", curt_less())  # Nadia
act("relative", "the bedroom's dark as anything", darkBedroom())  # Nadia
act("relative", "turn up the ceiling light i'm chopping onions", brightC())  # Felix
act("relative", "make the ceiling light a warmer white for dinner", warmer("ceil"))  # Felix
act("relative", "it's freezing in here we're all in t-shirts", hotter(), note="one AC: raise its set point")  # dinner party
act("relative", "the purifier fan up a notch the candles are smoking", up("pur", "air-purifier.fan-level"))  # Felix
ask("relative", "a bit less light for the candles", LIGHTS)  # birthday
act("relative", "ceiling light a little brighter for the photos", brightC())  # birthday
act("relative", "open the curtains a bit more it's gloomy for the video call", curt_more())  # Hannah
act("relative", "make the ceiling light cooler i'm falling asleep at my desk", cooler_white("ceil"))  # Hannah
act("relative", "turn the vacuum suction down it's too loud while i'm on the phone", dn("vac", "vacuum.fan-level"))  # Hannah
ask("relative", "brighter please it's pouring outside", LIGHTS)  # rainy
no("relative", "turn the thermometer down a bit", note="the thermometer has nothing to set")  # rainy
# Yorkshire
act("relative", "t' bedside light's a bit much turn it down", dimmer("bulb"))  # Yorkshire
act("relative", "it's champion but a bit warm, knock t' air conditioner down", cooler())  # Yorkshire
# Minnesota
act("relative", "uff da it's colder than all get out, warm it up in here", hotter())  # Minnesota
# Hawaii
act("relative", "stay too bright da ceiling light brah", dimC())  # Hawaii
act("relative", "make da air conditioner little bit colder", cooler())  # Hawaii
# Russian
act("relative", "make warmer on two degrees please", hotter(), note="na dva gradusa: up; the size is not labelled")  # Russian
act("relative", "bulb in bedroom more dark", dimmer("bulb"))  # Russian
# Egyptian
act("relative", "the living room light is strong too much make it less", dimC())  # Egyptian
# Mexican
act("relative", "more high the light of the bedroom please", brighter("bulb"))  # Mexican
# ASR
act("relative", "its too cold in the living room can you um make it warmer", hotter())  # ASR
act("relative", "make the bedside bulb a bit dimmer no brighter sorry brighter", brighter("bulb"), note="self-correction")  # ASR

# ---------------------------------------------------------------- media (34)
act("media", "put netflix on the tv for the kids", app("tv", NETFLIX))  # Claire
act("media", "switch the tv to hdmi two theo's console", inp(2))  # Theo
act("media", "skip this song it's so cringe", sp("next"))  # Maddie
act("media", "go back a song i liked that one", sp("previous"))  # Maddie
act("media", "speaker volume to twenty five", vol("spk", 25))  # Rob
act("media", "mute the tv the ad's screaming", mute("tv"))  # Rob
act("media", "pause the tv box i'm grabbing snacks", boxp("pause"))  # Theo
act("media", "mute the speaker i'm sleeping", mute("spk"))  # Nadia
act("media", "tv's way too loud", tooloud("tv"))  # Nadia
act("media", "start the music on the speaker i've got my hands in the dough", sp("play"))  # Felix
act("media", "make the speaker say dinner is ready", say("dinner is ready"))  # Felix
act("media", "speaker a bit louder the guests can't hear the playlist", louder("spk"))  # dinner party
act("media", "play the birthday playlist on the speaker", sp("play"), note="no playlist argument exists; play the speaker")  # birthday
act("media", "speaker say happy birthday ivy", say("happy birthday ivy"))  # birthday
act("media", "unmute the speaker the meeting's over", unmute("spk"))  # Hannah
act("media", "tv box volume down to ten", vol("box", 10))  # Hannah
act("media", "resume the tv box we're back from the kitchen", boxp("play"))  # rainy
act("media", "open youtube on the tv box", app("box"))  # rainy
act("media", "press ok on the tv box remote", key(4))  # rainy
ask("media", "turn the sound down a bit the baby next door", SOUND)  # Claire
ask("media", "put netflix on for us", APPS)  # rainy
no("media", "play the news on the kettle plug", note="the kettle plug plays nothing")  # Rob
# Yorkshire
act("media", "put t' telly on hdmi one our Sharon's brought her dvd player", inp(1))  # Yorkshire
act("media", "gi'o'er wi' that racket, pause t' speaker", sp("pause"))  # Yorkshire
# Minnesota
act("media", "could ya turn the tv up for the vikings game", louder("tv"))  # Minnesota
# Hawaii
act("media", "turn up da speaker brah dis my song", louder("spk"))  # Hawaii
act("media", "pau already stop da tv box", boxp("stop"), note="Pidgin pau = finished")  # Hawaii
# Russian
act("media", "make please silence on television", mute("tv"))  # Russian
act("media", "next music", sp("next"))  # Russian
# Egyptian
act("media", "yalla open netflix on the tv", app("tv", NETFLIX))  # Egyptian
act("media", "close the sound of the tv box", mute("box"), note="close the sound = mute")  # Egyptian
# Mexican
act("media", "more low the volume of the tele", quieter("tv"))  # Mexican
# ASR
act("media", "pause the tv no the speaker pause the speaker", sp("pause"), note="self-correction")  # ASR
act("media", "tv box go back go back one screen", key(5))  # ASR

# ---------------------------------------------------------------- scene (19)
act("scene", "good morning house let's get everyone up", S("good-morning"))  # Claire
act("scene", "run good night the kids are finally down", S("good-night"))  # Rob
act("scene", "movie scene please it's our friday film", S("movie"))  # Theo
act("scene", "we're home from the school run", S("welcome-home"))  # Claire
act("scene", "night night house i'm off to bed", S("good-night"))  # Nadia
act("scene", "good morning scene it's six pm but it's morning for me", S("good-morning"), note="the scene is named")  # Nadia
act("scene", "start the movie scene the guests want to watch the match replay", S("movie"))  # Felix
act("scene", "welcome home scene the guests are arriving", S("welcome-home"), note="the scene is named")  # Felix
no("scene", "run the birthday party scene", note="no such scene")  # birthday
act("scene", "movie time for the birthday kids", S("movie"))  # birthday
act("scene", "back from the shops, soaked", S("welcome-home"), note="coming home = welcome home (TEST2.md)")  # rainy
no("scene", "start the candlelight dinner scene", note="no such scene")  # Felix
# Yorkshire
act("scene", "ey up we're back", S("welcome-home"))  # Yorkshire
# Minnesota
act("scene", "okey dokey movie night you guys", S("movie"))  # Minnesota
# Hawaii
act("scene", "good night scene brah i stay tired", S("good-night"))  # Hawaii
# Russian
act("scene", "start scene good morning", S("good-morning"))  # Russian
# Egyptian
act("scene", "sabah el kheir good morning scene please", S("good-morning"))  # Egyptian
# Mexican
act("scene", "buenas noches house we go to sleep", S("good-night"))  # Mexican
# ASR
act("scene", "run the movie the movie scene", S("movie"))  # ASR

# ---------------------------------------------------------------- query (29)
q("is the front door shut the kids just came in", ("door", "magnet-sensor.contact-state"))  # Claire
q("what's the temperature in the bedroom", ("therm", "environment.temperature"))  # Claire
q("did theo leave the tv box on", ("box", "tv-box.on"))  # Rob
q("how much filter life has the purifier got left", ("pur", "filter.filter-life-level"))  # Rob
q("what's the air quality like in my room", ("pur", "environment.air-quality"))  # Maddie
q("is the curtain fully closed", ("curt", "curtain.current-position"))  # Nadia
q("what's the humidity in the bedroom", ("therm", "environment.relative-humidity"))  # Nadia
q("is the kettle plug on or did i switch it off", ("kettle", "switch.on"))  # Felix
q("how warm is it in the living room right now", ("ac", "environment.temperature"))  # Felix
q("what's the air conditioner set to", ("ac", "air-conditioner.target-temperature"))  # dinner party
q("is the robot vacuum charging", ("vac", "battery.charging-state"))  # birthday
q("did the power cut turn the air purifier off", ("pur", "air-purifier.on"))  # Owen
q("what's the voltage on the kettle plug after the power cut", ("kettle", "power-consumption.voltage"))  # Owen
q("is the left switch on the wall on", ("wall", "left-switch.on"))  # Owen
q("has anybody walked through the living room", ("mot", "motion-sensor.motion-state"))  # Hannah
q("what's playing on the tv box", ("box", "tv-box.current-content"))  # rainy
q("how much battery has the robot vacuum got", ("vac", "battery.battery-level"))  # rainy
q("how much energy has the kettle plug used", ("kettle", "power-consumption.power-consumption"))  # Rob
# Yorkshire
q("is t' front door open or what", ("door", "magnet-sensor.contact-state"))  # Yorkshire
q("what's t' pm2.5 like in t' bedroom", ("pur", "environment.pm25-density"))  # Yorkshire
# Minnesota
q("oh jeez is the tv still on", ("tv", "television.on"))  # Minnesota
q("how cold is it in the bedroom, ya think", ("therm", "environment.temperature"))  # Minnesota
# Hawaii
q("da vacuum pau or what", ("vac", "vacuum.status"))  # Hawaii
q("da door stay open", ("door", "magnet-sensor.contact-state"))  # Hawaii
# Russian
q("how many degrees is on conditioner", ("ac", "air-conditioner.target-temperature"))  # Russian
q("battery of front door sensor how much", ("door", "battery.battery-level"))  # Russian
# Egyptian
q("is the speaker playing now", ("spk", "play-control.playing-state"))  # Egyptian
# Mexican
q("how much light there is in the living room", ("mot", "motion-sensor.illumination"), note="room light level = the motion sensor's illumination (TEST10.md)")  # Mexican
# ASR
q("whats the what is the speaker volume", ("spk", "speaker.volume"))  # ASR

# ---------------------------------------------------------------- group (19)
act("group", "all the lights off we're heading out", off("bulb"), off("ceil"))  # Claire
act("group", "everything in the bedroom off maddie's gone to school", off("bulb"), off("pur"))  # Claire
act("group", "mute everything i'm on a call", MUTE_ALL)  # Hannah
act("group", "switch off everything in the living room we're going upstairs", LIVING_OFF)  # Rob
act("group", "both lights on the birthday cake's coming", on("bulb"), on("ceil"))  # birthday
act("group", "every light to twenty percent for the candles", br("bulb", 20), br("ceil", 20), note="brightness only (TEST10.md)")  # Felix
act("group", "pause everything the cake's here", pause_all())  # birthday
act("group", "the power's back turn everything off and we'll start again", ALL_OFF)  # Owen
act("group", "both sides of the wall switch off", wl(False), wr(False))  # Owen
act("group", "turn everything in the kitchen off", off("kettle"), note="the kitchen's only switchable device")  # Felix
act("group", "all the lights off apart from the bedside one", off("ceil"))  # Nadia
act("group", "switch off everything except the air purifier i'm sleeping", [a for a in ALL_OFF if a["device"] != "bedroom-purifier"])  # Nadia
# Yorkshire
act("group", "turn all t' lights off we're off t' pub", off("bulb"), off("ceil"))  # Yorkshire
# Minnesota
act("group", "shut off everything in the living room we're going to the cabin", LIVING_OFF)  # Minnesota
# Hawaii
act("group", "all da lights on brah", on("bulb"), on("ceil"))  # Hawaii
# Russian
act("group", "turn off all in bedroom", off("bulb"), off("pur"))  # Russian
# Egyptian
act("group", "close all the lights please", off("bulb"), off("ceil"), note="close = switch off")  # Egyptian
# Mexican
act("group", "silence all the things that sound", MUTE_ALL)  # Mexican
# ASR
act("group", "turn off all the all the lights in the house", off("bulb"), off("ceil"))  # ASR

# ---------------------------------------------------------------- mode (10)
act("mode", "set the house to away mode we're off to grandma's", M("away"))  # Claire
act("mode", "home mode please we're back", M("home"))  # Rob
act("mode", "sleep mode for the whole house it's my bedtime at nine am", M("sleep"))  # Nadia
act("mode", "switch the home to away mode for the weekend", M("away"))  # rainy
no("mode", "party mode on", note="no such mode")  # birthday
act("mode", "put t' house in sleep mode", M("sleep"))  # Yorkshire
act("mode", "away mode, we're headin' up to the cabin", M("away"))  # Minnesota
act("mode", "home mode brah we stay back", M("home"))  # Hawaii
act("mode", "put house in away mode", M("away"))  # Russian
act("mode", "the home mode please we arrived", M("home"))  # Egyptian

# ---------------------------------------------------------------- timer (10)
act("timer", "turn the tv off in forty minutes theo has homework", off("tv"), delay=2400)  # Claire
act("timer", "switch off the kettle plug in five minutes", off("kettle"), delay=300)  # Felix
act("timer", "in an hour put the air purifier on sleep mode", pmode(1), delay=3600)  # Nadia
act("timer", "close the curtains in ten minutes", CLOSE(), delay=600)  # Hannah
act("timer", "start the robot vacuum in twenty minutes after the party", sweep(), delay=1200)  # birthday
no("timer", "turn the telly off ahorita", note="Mexican ahorita = some time soon; no time given")  # Mexican
act("timer", "turn t' big light off in half an hour", off("ceil"), delay=1800)  # Yorkshire
act("timer", "after two hours turn off conditioner", off("ac"), delay=7200)  # Russian
act("timer", "in fifteen minutes close the tv", off("tv"), delay=900, note="close = switch off")  # Egyptian
act("timer", "in like thirty minutes shut off the um tv box", off("box"), delay=1800)  # ASR

# ---------------------------------------------------------------- safety (24)
ask("safety", "switch the bedroom off", BED)  # Claire
ask("safety", "oh just turn that off would you")  # Rob
no("safety", "don't switch the air conditioner on", note="negation")  # Nadia
no("safety", "turn off the tv actually no leave it on for the kids", note="taken back")  # Felix
no("safety", "open the front door for the guests", note="a contact sensor; it cannot open")  # Felix
no("safety", "turn on the hallway light", note="no light in the hallway")  # birthday
no("safety", "switch on the bouncy castle blower", note="no such device")  # birthday
no("safety", "is the generator still running", note="no generator")  # Owen
no("safety", "wow that was a long power cut", note="remark")  # Owen
no("safety", "could you turn on the", note="half sentence")  # Hannah
no("safety", "you're doing a great job today", note="chit-chat")  # Hannah
no("safety", "it's raining cats and dogs out there", note="remark, no device")  # rainy
no("safety", "switch on the washing machine the football kits are filthy", note="no washing machine")  # rainy
ask("safety", "switch on the living room would you", note="bare room")  # Theo
no("safety", "it's black over bill's mother's", note="Yorkshire: rain is coming; chit-chat")  # Yorkshire
no("safety", "put t' fire on", note="no fire / heater in the home (the AC heats, but it is not named)")  # Yorkshire
no("safety", "ope sorry wasn't talkin' to you", note="not a command")  # Minnesota
no("safety", "turn on the garage heater", note="no garage")  # Minnesota
ask("safety", "brah turn on da kine", note="da kine names nothing")  # Hawaii
no("safety", "da poke was broke da mouth", note="chit-chat")  # Hawaii
no("safety", "please don't make off the purifier", note="negation")  # Russian
no("safety", "inshallah tomorrow we clean the house", note="remark")  # Egyptian
no("safety", "turn on the light of the kitchen", note="no light in the kitchen")  # Mexican
no("safety", "uh turn on the uh the", note="half sentence")  # ASR
