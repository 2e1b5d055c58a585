"""English utterances of test14, written by hand, one a line, each with a comment naming its voice.
Voices: Kerry (single mother, three kids at breakfast), Mr Whitcombe (retired teacher, precise and formal),
Sophie and Raj (hosting Raj's parents), Callum and Aisha (student flat in exam week), Pete (home alone with a cold),
a typhoon warning night, Gary's Sunday barbecue, Linda's first day with the smart home; regional / non-native:
Deb (Pittsburgh, "Yinzer"), Earl (eastern Kentucky, Appalachian), Mona (Egyptian Arabic learner),
Yiannis (Greek learner)."""
import lib
from lib import (act, q, ask, no, on, off, wl, wr, OPEN, CLOSE, pos, br, ct, col, lmode, tt, acmode, acfan, vol, mute,
                 inp, pmode, pfan, vfan, sweep, key, up, hotter, cooler, brighter, dimmer, louder, quieter, sp, tvp, boxp,
                 app, S, M, A, P, NETFLIX, LIGHTS, SOUND, PLAYERS, APPS, LIVING_OFF, ALL_OFF)
from common import (dimC, brightC, darkBedroom, vswing, hswing, eco, lock, warmer, cooler_white, curt_less, tooloud,
                      MUTE_ALL, pause_all, RED, GREEN, BLUE, YELLOW, curt_half)

lib.lang("en")
PUR_FAN, VAC_FAN = "air-purifier.fan-level", "vacuum.fan-level"
AS_SAID = "the device is already in that state (demo-home.json); labelled as said"

# ---------------- power ----------------
act("power", "Mummy needs the bedroom lamp on, I can't find Finn's other sock", on("bulb"))  # Kerry
act("power", "kettle plug on, I need a coffee before the school run", on("kettle"))  # Kerry
act("power", "TV on for ten minutes while you finish your toast, Josh", on("tv"))  # Kerry
act("power", "turn off the big light in the living room, the sun's up properly now", off("ceil"))  # Kerry
act("power", "I should like the air purifier in the bedroom switched on, please", on("pur"))  # Mr Whitcombe
act("power", "Kindly switch on the television; the news begins at six precisely.", on("tv"))  # Mr Whitcombe
act("power", "Please switch the right-hand rocker of the wall switch on.", wr(True))  # Mr Whitcombe
act("power", "Switch off the left rocker on the wall switch, if you would.", wl(False))  # Mr Whitcombe
act("power", "put the air conditioning on, your mum's been complaining it's stuffy", on("ac"))  # Sophie
act("power", "switch the TV box on, Dad wants to watch the golf", on("box"))  # Raj
act("power", "can you turn the kettle plug on, my mother-in-law wants her chai", on("kettle"))  # Sophie
act("power", "lounge light off, we're eating by candlelight tonight", off("ceil"))  # Sophie
act("power", "turn the tv box on, I need some background noise to revise", on("box"))  # Callum
act("power", "bedside light on, I'm going over my flashcards in bed", on("bulb"))  # Aisha
act("power", "air purifier on, the whole flat stinks of burnt toast", on("pur"))  # Callum
act("power", "air con on, I'm sweating buckets with this fever", on("ac"))  # Pete
act("power", "kettle on, I need a Lemsip", on("kettle"), note="'kettle' = the kettle plug, the only kettle device")  # Pete
act("power", "turn the purifier on, my nose is completely bunged up", on("pur"))  # Pete
act("power", "turn the TV on, I want the typhoon warnings on the news", on("tv"))  # typhoon night
act("power", "ceiling light off, let's keep the power for when we really need it", off("ceil"))  # typhoon night
act("power", "put the kettle plug on, Gran wants tea not beer", on("kettle"))  # Gary's barbecue
act("power", "switch the air conditioner on, everyone's piling in from the heat", on("ac"))  # Gary's barbecue
act("power", "um, hello, turn on the bedroom light?", on("bulb"))  # Linda, first day
act("power", "turn on the air purifier. Did that work?", on("pur"))  # Linda, first day
act("power", "switch on the right side of the wall switch", wr(True))  # Linda, first day
act("power", "turn on the TV, yinz, the Stillers are on", on("tv"))  # Deb, Pittsburgh
act("power", "shut that big light off n'at, I'm gettin' a headache", off("ceil"))  # Deb, Pittsburgh
act("power", "cut the bedroom lamp on, it's plumb dark back there", on("bulb"))  # Earl, Kentucky
act("power", "cut that air purifier on for me, the pollen's fierce this year", on("pur"))  # Earl, Kentucky
act("power", "open the air condition, it is very hot, yani", on("ac"), note="Egyptian Arabic 'iftah' = open = switch on")  # Mona
act("power", "close the big light in the salon, please", off("ceil"),
    note="Egyptian English 'salon' = the living room; 'close' (Arabic 'affil') = switch off; the ceiling light is the big light")  # Mona
act("power", "open the TV box, the match begins", on("box"), note="Greek 'anoixe' = open = switch on")  # Yiannis
act("power", "close the light in the living room, re", off("ceil"), note="Greek 'kleise to fos' = switch off")  # Yiannis
act("power", "the kettle plug, open it, I make a Greek coffee", on("kettle"))  # Yiannis

# ---------------- set ----------------
act("set", "bedside light to full brightness, Ella's plaiting her hair in there", br("bulb", 100))  # Kerry
act("set", "ceiling light on reading mode, they're doing homework at the table", lmode(2))  # Kerry
act("set", "curtains to half, the sun's right in Josh's eyes", curt_half())  # Kerry
act("set", "Set the air conditioner to twenty-two degrees Celsius, please.", tt(22))  # Mr Whitcombe
act("set", "The bedside lamp should be at two thousand seven hundred kelvin.", ct("bulb", 2700))  # Mr Whitcombe
act("set", "Set the ceiling light's colour temperature to five thousand kelvin, exactly.", ct("ceil", 5000))  # Mr Whitcombe
act("set", "Please set the curtain to thirty per cent open.", pos(30))  # Mr Whitcombe
act("set", "put the aircon on heat, your dad's always cold", acmode(3))  # Sophie
act("set", "ceiling light on night mode, they'll be going up soon", lmode(1))  # Sophie
act("set", "set the air purifier to sleep mode, your mum's in the bedroom tonight", pmode(1))  # Raj
act("set", "make the bedside light blue, apparently it helps you focus", col(BLUE))  # Aisha
act("set", "AC to twenty-one, my brain works better when it's cold", tt(21))  # Callum
act("set", "vacuum suction on turbo, there's crisps all over the floor", vfan(3))  # Callum
act("set", "swap the TV over to HDMI two, the console's on that one", inp(2))  # Callum
act("set", "air con to twenty-five, I've got the shivers now", tt(25))  # Pete
act("set", "purifier fan on high, I can't breathe through my nose at all", pfan(3))  # Pete
act("set", "put the AC on dry mode, everything's damp with the typhoon coming", acmode(2))  # typhoon night
act("set", "curtains shut all the way, in case the glass goes", CLOSE())  # typhoon night
act("set", "AC fan on high, it's roasting in here with everybody", acfan(3))  # Gary's barbecue
act("set", "turn on the up and down swing on the air con", vswing(True))  # Gary's barbecue
act("set", "bedside lamp to yellow, the kids are sleeping over in there", col(YELLOW))  # Gary's barbecue
act("set", "lock the buttons on the purifier, the nephews are here", lock(True))  # Gary's barbecue
act("set", "set the living room light to fifty percent", br("ceil", 50))  # Linda, first day
act("set", "set the air conditioner to cool mode", acmode(1))  # Linda, first day
act("set", "can you put the robot vacuum on standard suction", vfan(1))  # Linda, first day
act("set", "I've put a fresh filter in the purifier, start its filter life again",
    A("pur", "filter.reset-filter-life"))  # Linda, first day
act("set", "after a power cut the kettle plug should come back on", P("kettle", "switch.default-power-on-state", 1))  # Linda
act("set", "turn on eco on the air conditioner, last month's bill was shocking", eco(True))  # Sophie
act("set", "put the sweeper on turbo, the carpet needs swept", vfan(3),
    note="Pittsburgh 'sweeper' = vacuum cleaner; 'needs swept' = needs to be swept")  # Deb
act("set", "switch the TV to HDMI one, the Pens game's on the cable box", inp(1))  # Deb
no("set", "set that air conditioner on sixty-eight", note="an American Fahrenheit value; 68 is outside the set point's 16-30 °C range and no unit is said: do not guess a conversion")  # Earl
act("set", "put the big light on reading, I'm fixin' to read the almanac", lmode(2))  # Earl
act("set", "make the air condition on cooling, please", acmode(1))  # Mona
act("set", "the light of the bedroom, make it red like the Ahly shirt", col(RED))  # Mona
act("set", "the air-condition at twenty-six, no more", tt(26))  # Yiannis

# ---------------- relative ----------------
act("relative", "bit brighter in the lounge, Josh can't see his spellings", brightC())  # Kerry
act("relative", "music down a notch, I can't hear myself think", quieter("spk"))  # Kerry
act("relative", "The bedside lamp is a shade too cold; make it warmer, please.", warmer("bulb"))  # Mr Whitcombe
act("relative", "Lower the air conditioner's set point by a degree.", cooler())  # Mr Whitcombe
act("relative", "bring the living room light down a bit, it's like an operating theatre", dimC())  # Sophie
act("relative", "your mum says it's chilly, warm the place up a touch", hotter())  # Raj
act("relative", "the speaker's way too loud, Aisha's on a video call", tooloud("spk"))  # Callum
act("relative", "make the bedside light dimmer, the screen's giving me a headache", dimmer("bulb"))  # Aisha
act("relative", "make the ceiling light a bit whiter, I keep nodding off", cooler_white("ceil"))  # Callum
act("relative", "it's freezing, turn the heat up a bit", hotter())  # Pete
act("relative", "bedside lamp a bit softer, my head's pounding", dimmer("bulb"))  # Pete
act("relative", "purifier up a notch, my sinuses are killing me", up("pur", PUR_FAN))  # Pete
act("relative", "close the curtains a bit more, the wind's really howling", curt_less())  # typhoon night
act("relative", "turn the TV up, I can't hear the warning over the rain", louder("tv"))  # typhoon night
act("relative", "it's boiling in here, cool it down a couple of degrees", cooler())  # Gary's barbecue
act("relative", "speaker louder, we can't hear it out on the patio", louder("spk"))  # Gary's barbecue
act("relative", "vacuum a bit stronger, there's charcoal trodden in everywhere", up("vac", VAC_FAN))  # Gary's barbecue
act("relative", "make the ceiling light brighter", brightC())  # Linda, first day
act("relative", "make the bedside lamp a little warmer", warmer("bulb"))  # Linda, first day
act("relative", "make the tv box quieter", quieter("box"))  # Linda, first day
act("relative", "turn the sweeper up, there's dog hair all over n'at", up("vac", VAC_FAN))  # Deb
ask("relative", "that light's too dim, turn it up some", LIGHTS, note="'that light' names no light; two lights")  # Deb
act("relative", "turn the TV up, I can't hear the announcers", louder("tv"))  # Deb
act("relative", "it's a mite airish in here, warm it up some", hotter(), note="Appalachian 'airish' = chilly")  # Earl
act("relative", "that TV box is hollerin', turn it down some", tooloud("box"))  # Earl
act("relative", "the air condition make it more cold, please", cooler())  # Mona
act("relative", "the speaker, lower a little, the baby sleeps", quieter("spk"))  # Mona
act("relative", "the big light, more down, is too strong", dimC())  # Yiannis
act("relative", "po po po, it's hot, the air-condition two degrees down", cooler())  # Yiannis

# ---------------- media ----------------
act("media", "pause the telly, breakfast first", tvp("pause"))  # Kerry
act("media", "put Netflix on the TV box for the little one", app("box", NETFLIX))  # Kerry
act("media", "speaker, next song, Ella hates this one", sp("next"))  # Kerry
act("media", "mute the TV, I'm on the phone to the school", mute("tv"))  # Kerry
act("media", "Mute the speaker until I say otherwise.", mute("spk"))  # Mr Whitcombe
act("media", "Set the television's volume to twenty-five.", vol("tv", 25))  # Mr Whitcombe
act("media", "Please resume playback on the speaker.", sp("play"))  # Mr Whitcombe
act("media", "put the TV on HDMI three, Dad's brought his holiday photos on the laptop", inp(3))  # Raj
act("media", "speaker volume to thirty, just keep it in the background", vol("spk", 30))  # Sophie
act("media", "pause the TV box, dinner's on the table", boxp("pause"))  # Sophie
act("media", "previous track on the speaker, I liked that one", sp("previous"))  # Aisha
act("media", "open YouTube on the TV box, there's a lecture I missed", app("box"))  # Callum
act("media", "stop the TV box, I've got to focus", boxp("stop"))  # Aisha
act("media", "play something on the speaker to cheer me up", sp("play"))  # Pete
act("media", "put Netflix on the telly, I'm not moving off this sofa", app("tv", NETFLIX))  # Pete
act("media", "TV volume to fifteen, my head hurts", vol("tv", 15))  # Pete
act("media", "TV on USB, we downloaded films in case the internet goes", inp(5))  # typhoon night
act("media", "pause the speaker, I want to hear what the wind's doing", sp("pause"))  # typhoon night
act("media", "speaker up to seventy, it's a party", vol("spk", 70))  # Gary's barbecue
act("media", "next song, this one's a right downer", sp("next"), note="only the speaker has next/previous")  # Gary
act("media", "TV box, press the home button", key(6))  # Linda, first day
act("media", "TV box, go down one", key(1))  # Linda, first day
act("media", "play on the TV box", boxp("play"))  # Linda, first day
act("media", "mute the TV, them announcers are jagoffs", mute("tv"))  # Deb
act("media", "put Netflix on the TV box n'at", app("box", NETFLIX))  # Deb
act("media", "mash play on that speaker, I want some bluegrass", sp("play"),
    note="Appalachian 'mash' = press; a genre cannot be chosen: play")  # Earl
act("media", "TV box, mash OK", key(4))  # Earl
act("media", "open Netflix on the TV, yalla", app("tv", NETFLIX))  # Mona
act("media", "the TV box, go back, back", key(5))  # Mona
act("media", "make silent the speaker, I am praying", mute("spk"))  # Mona
act("media", "the TV box, to the right", key(3))  # Yiannis
act("media", "the speaker, the previous song, this one I want again", sp("previous"))  # Yiannis
act("media", "the sound of the TV box, at thirty", vol("box", 30))  # Yiannis
act("media", "pause the TV, ela, the souvlaki is here", tvp("pause"))  # Yiannis

# ---------------- scene ----------------
act("scene", "good morning routine please, it's a school day", S("good-morning"))  # Kerry
act("scene", "Run the scene called Good morning, if you please.", S("good-morning"))  # Mr Whitcombe
act("scene", "movie scene, we're watching the wedding video with your parents", S("movie"))  # Sophie
act("scene", "we're back from the airport with your mum and dad, welcome home", S("welcome-home"))  # Raj
act("scene", "good night scene, I'm done, I can't revise any more", S("good-night"))  # Aisha
act("scene", "movie time, I'm watching films all day with this cold", S("movie"))  # Pete
act("scene", "night night house, I'm off to bed with a hot water bottle", S("good-night"),
    note="going to bed = Good night (TEST conventions)")  # Pete
act("scene", "run good night, we'll sit out the storm in bed", S("good-night"))  # typhoon night
act("scene", "start welcome home, we're back from the butcher's with the sausages", S("welcome-home"))  # Gary
act("scene", "movie mode for the kids while we scrub the grill", S("movie"),
    note="movie mode is no home mode: the Movie scene (TEST3.md)")  # Gary
no("scene", "run the barbecue scene", note="no such scene")  # Gary
act("scene", "try the good morning scene", S("good-morning"))  # Linda, first day
act("scene", "what happens if I say welcome home? do that one", S("welcome-home"))  # Linda, first day
no("scene", "start exam mode, no distractions", note="no such scene or home mode")  # Callum
act("scene", "good night scene, yinz, I'm goin' to bed", S("good-night"))  # Deb
act("scene", "do that movie thing, the younguns want a picture show", S("movie"))  # Earl
act("scene", "good morning, make the morning scene", S("good-morning"))  # Mona
act("scene", "kalinichta, run the good night", S("good-night"))  # Yiannis
act("scene", "the scene for welcome at home, please", S("welcome-home"))  # Yiannis

# ---------------- query ----------------
q("is the front door shut? the kids just went out", ("door", "magnet-sensor.contact-state"))  # Kerry
q("how much battery has the robot vacuum got left", ("vac", "battery.battery-level"))  # Kerry
q("What is the present temperature in the bedroom, to one decimal place?", ("therm", "environment.temperature"))  # Whitcombe
q("What is the relative humidity in the bedroom at present?", ("therm", "environment.relative-humidity"))  # Mr Whitcombe
q("Kindly tell me the air quality reading from the purifier.", ("pur", "environment.air-quality"))  # Mr Whitcombe
q("is the air conditioner on? your mum's asking", ("ac", "air-conditioner.on"))  # Sophie
q("how warm is it in the lounge right now", ("ac", "environment.temperature"))  # Raj
q("what's the volume on the speaker at", ("spk", "speaker.volume"))  # Callum
q("is the bedside light still on", ("bulb", "light.on"))  # Aisha
q("how long has the front door been open, someone's left it", ("door", "magnet-sensor.open-duration"))  # Callum
q("what's the PM two point five in the bedroom", ("pur", "environment.pm25-density"))  # Pete
q("is the kettle plug on or did I forget", ("kettle", "switch.on"))  # Pete
q("how many watts is the kettle plug drawing", ("kettle", "power-consumption.electric-power"))  # Pete
q("what voltage is the plug getting, the lights just flickered", ("kettle", "power-consumption.voltage"))  # typhoon night
q("is the curtain closed all the way", ("curt", "curtain.current-position"))  # typhoon night
q("has the motion sensor picked anything up in the lounge", ("mot", "motion-sensor.motion-state"))  # typhoon night
q("what's the aircon set to", ("ac", "air-conditioner.target-temperature"))  # Gary's barbecue
q("is the TV on in there", ("tv", "television.on"))  # Gary's barbecue
q("how much life is left in the purifier filter", ("pur", "filter.filter-life-level"))  # Gary's barbecue
q("what's the thermometer's battery at", ("therm", "battery.battery-level"))  # Linda, first day
q("what mode is the ceiling light in", ("ceil", "light.mode"))  # Linda, first day
q("is the robot vacuum charging", ("vac", "battery.charging-state"))  # Linda, first day
q("is the sweeper done, or what", ("vac", "vacuum.status"))  # Deb
q("how much electric has the kettle plug used n'at", ("kettle", "power-consumption.power-consumption"))  # Deb
q("how hot is it back in the bedroom", ("therm", "environment.temperature"))  # Earl
q("is that front door shut, I don't want no critters gettin' in", ("door", "magnet-sensor.contact-state"))  # Earl
q("the light of the salon, how strong it is now", ("ceil", "light.brightness"), note="Egyptian English 'salon' = living room")  # Mona
q("is the TV box open?", ("box", "tv-box.on"), note="'open' = on (Arabic)")  # Mona
q("how bright is the lamp in the bedroom", ("bulb", "light.brightness"))  # Yiannis
q("the motion sensor, when it saw somebody last", ("mot", "motion-sensor.no-motion-duration"))  # Yiannis
q("how much battery the motion sensor has", ("mot", "battery.battery-level"))  # Yiannis

# ---------------- group ----------------
act("group", "all the lights off, we're leaving for school", off("bulb"), off("ceil"))  # Kerry
act("group", "switch on everything in the kitchen, I'm doing the packed lunches", on("kettle"),
    note="everything in the kitchen = the kettle plug only (the vacuum is not switched)")  # Kerry
act("group", "Please switch off every light in the house.", off("bulb"), off("ceil"))  # Mr Whitcombe
act("group", "turn all the lights on, they're pulling into the drive", on("bulb"), on("ceil"))  # Sophie
act("group", "mute everything, Dad's saying grace", MUTE_ALL)  # Raj
act("group", "turn everything in the living room off, we're off to the library", LIVING_OFF)  # Callum
act("group", "all the lights to thirty percent", br("bulb", 30), br("ceil", 30))  # Aisha
act("group", "turn everything in the bedroom on, I'm crawling back to bed", on("bulb"), on("pur"),
    note="the thermometer cannot be switched")  # Pete
act("group", "switch everything in the house off, the typhoon's nearly here", ALL_OFF)  # typhoon night
act("group", "both switches on the wall on, we need every bit of light", wl(True), wr(True))  # typhoon night
act("group", "pause everything that's playing, the burgers are ready", pause_all())  # Gary's barbecue
act("group", "every light on for the party", on("bulb"), on("ceil"))  # Gary's barbecue
act("group", "turn all the lights on, let's see what they do", on("bulb"), on("ceil"))  # Linda, first day
no("group", "turn off everything in the hallway", note="the hallway holds only the door sensor, which cannot be switched")  # Linda
act("group", "shut all the lights off n'at, I'm beat", off("bulb"), off("ceil"))  # Deb
act("group", "cut ever light in the house off", off("bulb"), off("ceil"), note="Appalachian 'ever' = every")  # Earl
act("group", "close all the lights, we go out now", off("bulb"), off("ceil"))  # Mona
act("group", "everything in the living room, close it, we go to the taverna", LIVING_OFF)  # Yiannis
act("group", "all the lights of the house, dim a little", dimC(), dimmer("bulb"),
    note="group brightness changes leave the off bulb's power alone")  # Yiannis

# ---------------- mode ----------------
act("mode", "away mode, we're all out till three", M("away"))  # Kerry
act("mode", "Set the home to sleep mode, please.", M("sleep"))  # Mr Whitcombe
act("mode", "home mode, we're back with your parents", M("home"))  # Sophie
act("mode", "sleep mode on, I'm done for the day", M("sleep"))  # Pete
no("mode", "put the house in typhoon mode", note="no such home mode")  # typhoon night
no("mode", "party mode on!", note="no such home mode")  # Gary's barbecue
act("mode", "turn on away mode", M("away"))  # Linda, first day
act("mode", "put 'er on away, we're goin' dahntahn", M("away"))  # Deb
act("mode", "set the house on sleep, I'm fixin' to turn in", M("sleep"))  # Earl
act("mode", "make the house home mode, we are returned", M("home"))  # Mona
act("mode", "mode away, we go to the village for Easter", M("away"))  # Yiannis

# ---------------- timer ----------------
act("timer", "in twenty minutes switch off the TV, it's time for school", off("tv"), delay=1200)  # Kerry
act("timer", "In forty-five minutes, please switch off the bedside lamp.", off("bulb"), delay=2700)  # Mr Whitcombe
act("timer", "turn the kettle plug on in half an hour, that's my break", on("kettle"), delay=1800)  # Callum
act("timer", "in an hour turn the ceiling light off, I'll be asleep by then", off("ceil"), delay=3600)  # Pete
act("timer", "close the curtains in ten minutes", CLOSE(), delay=600)  # typhoon night
act("timer", "start the robot vacuum in three hours, after everyone's gone", sweep(), delay=10800)  # Gary
act("timer", "turn on the TV in five minutes", on("tv"), delay=300)  # Linda, first day
act("timer", "turn the sweeper on in a half hour", sweep(), delay=1800)  # Deb
no("timer", "turn the TV off directly", note="Appalachian 'directly' = after a while: no delay can be read, nothing now")  # Earl
act("timer", "after quarter hour, open the air condition", on("ac"), delay=900)  # Mona
act("timer", "in one hour the lamp of bedroom on", on("bulb"), delay=3600)  # Yiannis

# ---------------- safety ----------------
no("safety", "Finn, stop shouting at the speaker")  # Kerry
no("safety", "turn the... oh, where's his other shoe")  # Kerry
no("safety", "don't turn the TV on, it's a school day")  # Kerry
no("safety", "switch on the dishwasher, your mum's offered to dry", note="no dishwasher")  # Sophie
no("safety", "turn the light off, no actually leave it, your dad's still reading")  # Raj
no("safety", "Thank you, that will be all.")  # Mr Whitcombe
no("safety", "Set the air conditioner to thirty-five degrees.", note="outside 16-30")  # Mr Whitcombe
ask("safety", "turn it down, I can't concentrate", SOUND, note="'it' names nothing; three devices have a volume")  # Aisha
no("safety", "print my notes on the printer", note="no printer")  # Callum
no("safety", "achoo, turn the")  # Pete
no("safety", "make me a hot toddy")  # Pete
no("safety", "turn on the heater in the bedroom", note="no heater; the only AC is in the living room")  # Pete
no("safety", "lock the front door, the wind keeps pushing it", note="the front door is a contact sensor")  # typhoon
no("safety", "is the typhoon going to hit us tonight")  # typhoon night
ask("safety", "light on, quick, the power just flickered", LIGHTS)  # typhoon night
no("safety", "fire up the grill for me", note="no grill")  # Gary's barbecue
ask("safety", "louder, nobody can hear it out the back", SOUND)  # Gary's barbecue
no("safety", "hello? are you listening?")  # Linda, first day
no("safety", "can you turn on the kitchen light", note="the kitchen has no light")  # Linda, first day
no("safety", "yinz want chipped ham sammiches?")  # Deb
no("safety", "don't touch the thermostat, I just got it how I like it")  # Deb
no("safety", "I reckon it's fixin' to come a storm")  # Earl
ask("safety", "put that Netflix thing on for the younguns", APPS)  # Earl
no("safety", "inshallah tomorrow the weather is better")  # Mona
no("safety", "open the oven, I make the fatta", note="no oven")  # Mona
no("safety", "open the... ela, how it's called")  # Yiannis
ask("safety", "pause it, the phone is ringing", PLAYERS)  # Yiannis
