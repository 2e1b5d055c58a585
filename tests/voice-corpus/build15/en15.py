"""test15, English: hand-written utterances with their labels, one a line, each with a comment naming its voice.

Plain voices: the Rahmans in Ramadan (Farida, Yusuf, their son Adam: suhoor at four, iftar at sunset, taraweeh,
Eid); Ron, 84 and hard of hearing, and his daughter Jill; Nell recording a podcast in the living room; Kate and Simon
woken by a noise at 3 a.m.; Tariq's games night; Maura Brennan's Halloween; Ines at morning yoga; Harriet the week the
decorators finished. Regional / non-native / transcribed: Dot (Norfolk), Lenny (East End Cockney, rhyming slang),
Tony (Philadelphia), Kemal (a Turkish learner), Nok (a Thai learner), Budi (an Indonesian learner), a recogniser that
mishears homophones, and a recogniser that caught the telly or the radio instead of a person.
"""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")


def warmwhite(d):
    """'warm white': the warm end both lights share (2700 K), or a relative warmer (TEST7.md, TEST13.md)."""
    return P(d, "light.color-temperature", 2700, alt=[warmer(d)])


ORANGE, PURPLE, PINK = 0xFFA500, 0x800080, 0xFFC0CB

# ---------------------------------------------------------------- power
act("power", "bedside light on, it's time for suhoor", on("bulb"))  # Farida, Ramadan, 4 a.m.
ask("power", "switch the kitchen off, nobody's in there", note="a bare room, no candidates (TEST2.md, TEST12.md)")  # Harriet
act("power", "put the kettle plug on, we've got ten minutes before fajr", on("kettle"))  # Yusuf, Ramadan
act("power", "switch the big light off, we've eaten and we're going back to sleep", off("ceil"))  # Farida, after suhoor
act("power", "turn the TV on, I want to see the iftar time on the local news", on("tv"))  # Yusuf, sunset
act("power", "TURN THE TELEVISION ON, I SAID", on("tv"))  # Ron, hard of hearing, shouting
act("power", "Dad's cold, turn the air conditioner on for him", on("ac"))  # Jill, Ron's daughter
act("power", "switch the ceiling light off, it buzzes on the recording", off("ceil"))  # Nell, podcaster
act("power", "the right-hand rocker on the wall switch, flip it on, that's my ring light plugged in there", wr(True),
    note="the wall switch's right rocker; the ring light is only what Nell has plugged in behind it")  # Nell, podcaster
act("power", "bedside lamp on, I heard something downstairs", on("bulb"))  # Kate, woken at 3 a.m.
act("power", "leave the big light as it is and turn the TV on, so it looks like we're up", on("tv"),
    note="the ceiling light is named only to be left alone; it must not be touched")  # Simon, 3 a.m.
act("power", "kettle on, it's a round of teas for the whole table", on("kettle"))  # Tariq, games night
act("power", "switch the TV box on, we're doing the quiz on it", on("box"))  # Tariq, games night
act("power", "switch the air purifier on in the bedroom, the face paint smell is everywhere", on("pur"))  # Maura, Halloween
act("power", "big light off, I want the sunrise for this one", off("ceil"))  # Ines, morning yoga
act("power", "air purifier on, the paint fumes are making my eyes water", on("pur"))  # Harriet, after the decorators
act("power", "make sure the kettle plug's off, the decorators were using it all week", off("kettle"),
    note="already off in demo-home.json: labelled as said")  # Harriet
act("power", "turn of the sealing light", off("ceil"),
    note="ASR homophones: 'turn of' = turn off, 'sealing' = ceiling")  # recogniser, homophones
act("power", "switch on the cattle plug", on("kettle"), note="ASR: 'cattle plug' = the kettle plug")  # recogniser
act("power", "turn on the tee vee box", on("box"), note="ASR: 'tee vee box' = the TV box")  # recogniser
act("power", "if the kettle plug's off, put it on", on("kettle"),
    note="conditional whose condition holds (the plug is off)")  # Tariq, games night
act("power", "is the air conditioner on? no? then put it on", on("ac"),
    note="a question answered by the speaker herself, then a command")  # Jill
act("power", "hold you hard, bor, put that there telly on", on("tv"),
    note="Norfolk: 'hold you hard' = wait a moment, 'bor' = mate")  # Dot, Norfolk
act("power", "switch the big light orf, tha's a-shinin' right in my eyes", off("ceil"))  # Dot, Norfolk
act("power", "stick the kettle on, I'm gasping for a Rosie Lee", on("kettle"),
    note="rhyming slang: Rosie Lee = tea; the kettle = the kettle plug")  # Lenny, East End
act("power", "put the custard and jelly on, the football's starting", on("tv"),
    note="rhyming slang: custard and jelly = telly")  # Lenny, East End
act("power", "yo, turn that jawn by the bed on", on("bulb"),
    note="Philadelphia: 'jawn' = thing; the thing by the bed is the bedside bulb")  # Tony, Philadelphia
act("power", "put the TV box on, the Iggles are on in five", on("box"),
    note="the Iggles = the Eagles; 'in five' says when the game starts, not a delay")  # Tony, Philadelphia
act("power", "open the klima please, abi, is very hot", on("ac"),
    note="Turkish: klima = the air conditioner, 'open' (aç) = switch on; no setting named")  # Kemal, Turkish learner
act("power", "close the big light please, my eyes are tired", off("ceil"), note="Turkish 'kapat' = switch off")  # Kemal
act("power", "the wall switch, the left one, close it", wl(False))  # Kemal, Turkish learner
act("power", "open the air na, hot hot", on("ac"),
    note="Thai: 'the air' (แอร์) = the air conditioner, 'open' = switch on")  # Nok, Thai learner
act("power", "please open the TV ka, my drama start", on("tv"))  # Nok, Thai learner
act("power", "please the TV box turn it on ya, my son want watch", on("box"))  # Budi, Indonesian learner
act("power", "the purifier in bedroom, turn on dong", on("pur"))  # Budi, Indonesian learner

# ---------------------------------------------------------------- set
act("set", "bedside light at ten percent please, the kids are still half asleep", br("bulb", 10))  # Farida, suhoor
ask("set", "brightness to thirty, I'm reading the instructions", LIGHTS)  # Tariq, games night
ask("set", "fan on full, it's stifling in here", ["living-ac", "bedroom-purifier"],
    note="the AC and the purifier both have a fan level (TEST6.md, TEST13.md)")  # Ines, morning yoga
act("set", "air conditioner to twenty three degrees before everyone comes for iftar", tt(23))  # Yusuf
act("set", "make the bedside light a warm white, it's too harsh for four in the morning", warmwhite("bulb"))  # Farida
act("set", "put the air conditioner on heat, Dad feels the cold", acmode(3))  # Jill, Ron's daughter
act("set", "curtains halfway, the sun's in his eyes", curt_half())  # Jill
act("set", "ceiling light to a hundred percent for the video", br("ceil", 100))  # Nell, podcaster
act("set", "big light to the coolest white it goes", ct("ceil", 6500))  # Nell, podcaster
act("set", "air conditioner fan on low, the high setting roars on the mic", acfan(1))  # Nell, podcaster
act("set", "curtains shut, I don't want anyone looking in", CLOSE())  # Kate, 3 a.m.
act("set", "ceiling light to reading mode, we need to read the cards", lmode(2))  # Tariq, games night
act("set", "make the bedside bulb orange, like a pumpkin", col(ORANGE),
    note="orange = 0xFFA500; any clearly orange value is arguably right")  # Maura, Halloween
act("set", "turn the bedside light purple for the witch costume photos", col(PURPLE))  # Maura, Halloween
act("set", "open the curtains to seventy percent", pos(70))  # Ines, morning yoga
act("set", "air con to twenty one, I'm about to start sweating", tt(21))  # Ines, morning yoga
act("set", "purifier fan to high, max it out for the paint", pfan(3),
    note="the fan level alone (manual mode too is arguable)")  # Harriet
act("set", "lock the buttons on the purifier, the decorator's kid keeps pressing them", lock(True))  # Harriet
act("set", "set the air con to twenty for", tt(24), note="ASR: 'twenty for' = twenty-four")  # recogniser
act("set", "sealing light to night mode", lmode(1), note="ASR: 'sealing' = ceiling")  # recogniser
act("set", "set the AC to twenty five, no, twenty six", tt(26), note="the corrected value counts")  # Yusuf
act("set", "air con on cool at twenty two and the fan on medium", acmode(1), tt(22), acfan(2),
    note="'on cool' names the mode; settings only, as TEST5.md")  # Tariq
act("set", "make the air conditioner swing up and down, the air's just sitting there", vswing(True))  # Tariq
act("set", "eco mode on the air conditioner, we're paying for all of this", eco(True))  # Harriet
act("set", "set them curtains a quarter open, bor", pos(25))  # Dot, Norfolk
act("set", "air conditioner on twenty, tha's plenty", tt(20))  # Dot, Norfolk
act("set", "bedside light, make it red, the missus says it's romantic", col(RED))  # Lenny, East End
act("set", "curtains, shut 'em, me old china", CLOSE(), note="rhyming slang: china plate = mate")  # Lenny
act("set", "turn the air down to nineteen", tt(19),
    note="US 'the air' = the air conditioner; 'down to nineteen' is a set point")  # Tony, Philadelphia
act("set", "that jawn on the ceiling, make it forty percent", br("ceil", 40))  # Tony, Philadelphia
no("set", "set the air to seventy two, it's a scorcher",
    note="Fahrenheit (TEST14.md): 72 is outside 16-30 °C and no unit is given; nothing is set as heard")  # Tony
act("set", "klima, give twenty five degree", tt(25))  # Kemal, Turkish learner
act("set", "the purifier, make sleep mode", pmode(1), note="the purifier's Sleep mode, not the home mode")  # Kemal
act("set", "the air twenty five point five ka", tt(25.5))  # Nok, Thai learner
act("set", "bedside light blue blue please", col(BLUE))  # Nok, Thai learner
act("set", "the vacuum, make the suction turbo ya, very dusty", vfan(3))  # Budi, Indonesian learner
act("set", "AC mode dry please, very humid today, like Jakarta", acmode(2))  # Budi, Indonesian learner

# ---------------------------------------------------------------- relative
act("relative", "bit dimmer on the bedside light", dimmer("bulb"))  # Farida, suhoor
ask("relative", "a bit brighter in here, I can't read the dice", LIGHTS)  # Tariq, games night
act("relative", "it's getting warm in here with everyone, cool it down a touch", cooler())  # Yusuf, iftar guests
act("relative", "it's chilly, warm it up a bit, love", hotter())  # Ron
act("relative", "Dad can't hear it, turn the telly up a bit more", louder("tv"))  # Jill
act("relative", "speaker down a couple of notches, it's bleeding into the mic", quieter("spk"))  # Nell, podcaster
act("relative", "bit brighter on the big light, my face is in shadow", brightC())  # Nell, podcaster
act("relative", "it's boiling with six of us in here, drop the temperature", cooler())  # Tariq, games night
act("relative", "big light's too bright, I can't see the screen for the quiz", dimC())  # Tariq
act("relative", "make the bedside light a little warmer, more candle-ish", warmer("bulb"))  # Maura, Halloween
act("relative", "the big light, make it a bit less white", warmer("ceil"),
    note="less white = warmer = a lower colour temperature")  # Maura
act("relative", "curtains a little more closed, the sun's right on my mat", curt_less())  # Ines
act("relative", "purifier up a notch, I can still smell the gloss", up("pur", "air-purifier.fan-level"))  # Harriet
act("relative", "vacuum's suction up a step, it's leaving dust behind", up("vac", "vacuum.fan-level"))  # Harriet
act("relative", "dim the sealing light a bit", dimC(), note="ASR: 'sealing' = ceiling")  # recogniser
act("relative", "the bedroom's pitch black, I can't find the witch hat", darkBedroom())  # Maura, Halloween
act("relative", "it's gloomy in the living room for the photos", brightC(),
    note="the living room's only light is the ceiling light")  # Maura, Halloween
act("relative", "the bedside light, bit cooler white, I'm doing my make-up", cooler_white("bulb"))  # Maura
act("relative", "tha's wholly cold in here, warm it up a mite", hotter(),
    note="Norfolk: 'wholly' = very, 'a mite' = a little")  # Dot, Norfolk
act("relative", "the telly's a-roarin', turn it down a bit bor", quieter("tv"))  # Dot, Norfolk
act("relative", "it's like a sauna in here, knock the air con down a bit", cooler())  # Lenny, East End
act("relative", "the big light, bit brighter guv, I can't see me own hand", brightC())  # Lenny, East End
act("relative", "it's hot as hell, youse gotta turn the air down", cooler(),
    note="'turn the air down' while hot = a lower set point (the US reading); less cooling would be the opposite")  # Tony
act("relative", "the speaker, crank it, this is my song", louder("spk"))  # Tony, Philadelphia
act("relative", "more dark the bedside light please", dimmer("bulb"))  # Kemal, Turkish learner
act("relative", "klima more cold, abi", cooler())  # Kemal, Turkish learner
act("relative", "light in living room more bright na", brightC())  # Nok, Thai learner
act("relative", "too cold cold, the air less cold ka", hotter())  # Nok, Thai learner
act("relative", "the bedside light, more bright a little ya", brighter("bulb"))  # Budi, Indonesian learner
act("relative", "the purifier, the wind more strong dong", up("pur", "air-purifier.fan-level"))  # Budi

# ---------------------------------------------------------------- media
act("media", "put the nasheeds on the speaker for the kids", sp("play"),
    note="music is the speaker's; what plays cannot be chosen through the profile")  # Farida
act("media", "speaker, announce that iftar is in five minutes", say("iftar is in five minutes"))  # Yusuf
act("media", "TV box, open YouTube, I wanna watch the Eid videos", app("box"))  # Adam, 9, the Rahmans
act("media", "MUTE THE TELLY, THE PHONE'S RINGING", mute("tv"))  # Ron, hard of hearing
act("media", "TV volume to sixty for Dad", vol("tv", 60))  # Jill
act("media", "what? louder! the telly!", louder("tv"))  # Ron, hard of hearing
act("media", "mute the speaker, we're rolling", mute("spk"))  # Nell, podcaster
act("media", "pause the speaker, I need silence for the intro", sp("pause"))  # Nell, podcaster
act("media", "unmute the speaker, we're done recording", unmute("spk"))  # Nell, podcaster
act("media", "next track on the speaker, this one's a downer", sp("next"))  # Tariq, games night
act("media", "go back to the last song, Sara liked that one", sp("previous"),
    note="only the speaker has previous")  # Tariq, games night
act("media", "TV box, select, the quiz wants an answer", key(4), note="'select' = the OK key")  # Tariq
act("media", "switch the TV over to HDMI one, the console's plugged in there", inp(1))  # Tariq
act("media", "put Netflix on the telly, we're watching Hocus Pocus", app("tv", NETFLIX))  # Maura, Halloween
act("media", "pause the TV, someone's at the door again", tvp("pause"))  # Maura, Halloween
act("media", "speaker, say happy Halloween, take one sweet each", say("happy Halloween, take one sweet each"))  # Maura
act("media", "play my yoga music on the speaker", sp("play"))  # Ines, morning yoga
act("media", "speaker volume to twenty five", vol("spk", 25))  # Ines, morning yoga
act("media", "TV box, go back to the home screen", key(6))  # Harriet
act("media", "paws the speaker", sp("pause"), note="ASR: 'paws' = pause")  # recogniser, homophones
act("media", "moot the tee vee", mute("tv"), note="ASR: 'moot' = mute, 'tee vee' = TV")  # recogniser
ask("media", "pause it, there's a trick or treater", PLAYERS)  # Maura, Halloween
ask("media", "turn it down, the neighbours are banging on the wall", SOUND)  # Tariq, games night
ask("media", "put Netflix on, it's film night", APPS)  # Tariq, games night
act("media", "the TV box, play", boxp("play"))  # Harriet
act("media", "that there speaker, play suffin cheerful", sp("play"), note="Norfolk: suffin = something")  # Dot
act("media", "turn the telly's sound off, I'm on the dog and bone", mute("tv"),
    note="rhyming slang: dog and bone = phone; 'sound off' = mute (TEST6.md)")  # Lenny, East End
act("media", "yo put the game on the TV box, it's on YouTube", app("box"))  # Tony, Philadelphia
act("media", "skip this jawn", sp("next"), note="jawn = this song; only the speaker has next")  # Tony
act("media", "the TV sound, close it", mute("tv"), note="Turkish 'sesi kapat' = mute")  # Kemal, Turkish learner
act("media", "TV box, Netflix open, abi", app("box", NETFLIX))  # Kemal, Turkish learner
act("media", "the TV change to HDMI two ka", inp(2))  # Nok, Thai learner
act("media", "speaker stop na, I want quiet", sp("pause"), note="the speaker has no stop")  # Nok, Thai learner
act("media", "the TV box, stop ya, we go to the mosque", A("box", "tv-box.stop", alt=[boxp("pause")]))  # Budi
act("media", "the speaker volume make it thirty dong", vol("spk", 30))  # Budi, Indonesian learner

# ---------------------------------------------------------------- scene
act("scene", "good morning house, it's Eid!", S("good-morning"))  # Farida, Eid morning
act("scene", "we're back from taraweeh", S("welcome-home"), note="coming home = Welcome home")  # Yusuf
act("scene", "night night, off to bed now", S("good-night"))  # Ron
act("scene", "Dad's home from the hospital, do the welcome home", S("welcome-home"))  # Jill
act("scene", "run the movie scene, I'm done for the day", S("movie"))  # Nell, podcaster
act("scene", "good night again, false alarm, it was the cat", S("good-night"))  # Kate, 3 a.m.
act("scene", "do the movie scene, lads, loser picks the film", S("movie"))  # Tariq, games night
no("scene", "run the Halloween scene", note="no such scene")  # Maura, Halloween
act("scene", "good morning scene please, the alarm just went", S("good-morning"))  # Ines, morning yoga
act("scene", "welcome home scene, I've just got back from the paint shop", S("welcome-home"))  # Harriet
act("scene", "good night, and send the vacuum back to its dock", S("good-night"), dock())  # Kate
act("scene", "we're home, and stick the kettle on", S("welcome-home"), on("kettle"))  # Yusuf
act("scene", "I'm orf to bed bor, fare y'well", S("good-night"))  # Dot, Norfolk
act("scene", "I'm home, the jam jar's in the garage", S("welcome-home"), note="rhyming slang: jam jar = car")  # Lenny
act("scene", "movie night, hit the movie thing", S("movie"))  # Tony, Philadelphia
act("scene", "iyi geceler, good night everybody", S("good-night"), note="Turkish iyi geceler = good night")  # Kemal
act("scene", "I arrive home already na", S("welcome-home"))  # Nok, Thai learner
act("scene", "good morning, make the house wake up ya", S("good-morning"))  # Budi, Indonesian learner
no("scene", "put the romantic scene on for me and the missus", note="no such scene")  # Lenny, East End
no("scene", "run the podcast scene", note="no such scene")  # Nell, podcaster

# ---------------------------------------------------------------- query
q("is the kettle plug on?", ("kettle", "switch.on"))  # Farida
q("what's the temperature in the living room right now", ("ac", "environment.temperature"))  # Yusuf
q("IS THE TELLY ON OR NOT", ("tv", "television.on"))  # Ron, hard of hearing
q("how warm is Dad's bedroom", ("therm", "environment.temperature"))  # Jill
q("is the front door shut? he wanders off at night", ("door", "magnet-sensor.contact-state"))  # Jill
q("is the purifier running?", ("pur", "air-purifier.on"))  # Nell, podcaster
q("what's the speaker volume at", ("spk", "speaker.volume"))  # Nell, podcaster
q("has the motion sensor picked anything up in the living room", ("mot", "motion-sensor.motion-state"))  # Kate
q("how long has the front door been open? I'm sure I heard it go", ("door", "magnet-sensor.open-duration"))  # Simon, 3 a.m.
q("how much power is the air conditioner using", ("ac", "power-consumption.electric-power"))  # Tariq
q("what colour is the bedside light set to", ("bulb", "light.color"))  # Maura, Halloween
q("what's on the TV right now", ("tv", "television.current-content"))  # Maura, Halloween
q("what's the humidity in the bedroom", ("therm", "environment.relative-humidity"))  # Ines
q("how bad is the air in the bedroom, what's the PM two point five", ("pur", "environment.pm25-density"))  # Harriet
q("how much life is left in the purifier filter", ("pur", "filter.filter-life-level"))  # Harriet
q("is the robot vacuum still cleaning, it's gone quiet in the kitchen", ("vac", "vacuum.status"))  # Harriet
q("what mode is the big light in", ("ceil", "light.mode"))  # Tariq
q("how bright is the ceiling light at the moment", ("ceil", "light.brightness"))  # Nell
q("what's the air conditioner set to", ("ac", "air-conditioner.target-temperature"))  # Yusuf
q("are the curtains open or shut? I can't tell with my eyes closed", ("curt", "curtain.current-position"))  # Ines
q("which input is the TV on", ("tv", "television.input-source"))  # Tariq
q("whether the front door is closed", ("door", "magnet-sensor.contact-state"),
  note="ASR dropped the 'tell me'; still a question about the door")  # recogniser
q("ha' you got the telly box on, or what?", ("box", "tv-box.on"))  # Dot, Norfolk
q("is that there door in the hallway shut, bor? tha's a-blowin'", ("door", "magnet-sensor.contact-state"))  # Dot
q("how much juice has the kettle plug used, then", ("kettle", "power-consumption.power-consumption"),
  note="energy since the last reset")  # Lenny, East End
q("yo is the air on", ("ac", "air-conditioner.on"))  # Tony, Philadelphia
q("klima is open or close?", ("ac", "air-conditioner.on"), note="Turkish open/close = on/off")  # Kemal
q("bedroom hot or not na, how many degree", ("therm", "environment.temperature"))  # Nok, Thai learner
q("the bedside lamp is off already or not ya?", ("bulb", "light.on"))  # Budi, Indonesian learner
q("how is the air quality in bedroom, very smoky outside", ("pur", "environment.air-quality"))  # Budi
q("what's the wall switch doing, which side is on", ("wall", "left-switch.on"), ("wall", "right-switch.on"))  # Nell

# ---------------------------------------------------------------- group
act("group", "all the lights off, we're going back to sleep after suhoor", off("bulb"), off("ceil"))  # Farida
act("group", "mute everything, the doctor's on the phone", MUTE_ALL)  # Jill
act("group", "everything in the living room off, I need dead silence", LIVING_OFF)  # Nell, podcaster
act("group", "silence every speaker and screen in the house", MUTE_ALL)  # Nell, podcaster
act("group", "all the lights on, now!", on("bulb"), on("ceil"))  # Kate, 3 a.m.
act("group", "turn on every light in the house, if someone's down there I want them to know we're up",
    on("bulb"), on("ceil"))  # Simon, 3 a.m.
no("group", "every light in the hallway on, I heard a noise", note="the hallway has only the door sensor")  # Kate
act("group", "pause everything that's playing, it's the final round", pause_all())  # Tariq
act("group", "all the lights to sixty percent", br("bulb", 60), br("ceil", 60),
    note="group brightness leaves the off bulb's power alone")  # Tariq
act("group", "turn off all the lights except the bedside one, it's spookier", off("ceil"))  # Maura, Halloween
act("group", "everything in the bedroom on, I'm doing yoga in there", on("bulb"), on("pur"),
    note="the thermometer cannot be switched")  # Ines
act("group", "everything off in the house, I'm staying at my sister's till the smell goes", ALL_OFF)  # Harriet
act("group", "everything in the kitchen on, the painters want a brew", on("kettle"),
    note="the kettle plug only: the vacuum, also in the kitchen, has no power switch")  # Harriet
act("group", "turn both rockers on the wall switch on", wl(True), wr(True))  # Nell
act("group", "turn orf all them lights, bor", off("bulb"), off("ceil"))  # Dot, Norfolk
act("group", "every light in the gaff on, I can't see a thing on the apples and pears", on("bulb"), on("ceil"),
    note="rhyming slang: apples and pears = stairs")  # Lenny, East End
act("group", "shut everything off in the living room, we're going down the shore", LIVING_OFF)  # Tony
act("group", "close all lamps, tamam", off("bulb"), off("ceil"), note="Turkish 'close' = switch off")  # Kemal
act("group", "all light dim dim a little na", dimmer("bulb"), dimC())  # Nok, Thai learner
act("group", "the TV and the TV box, both on dong, the kids and me watch different", on("tv"), on("box"))  # Budi

# ---------------------------------------------------------------- mode
act("mode", "sleep mode for the house, suhoor's done", M("sleep"))  # Farida
act("mode", "set the home to away, we're spending Eid at my brother's", M("away"))  # Yusuf
act("mode", "take the house out of away mode, Dad's back", M("home"))  # Jill
act("mode", "switch off sleep mode, somebody's downstairs", M("home"),
    note="ending sleep mode = the home mode (TEST5.md)")  # Simon, 3 a.m.
no("mode", "set the house to Halloween mode", note="no such home mode")  # Maura
act("mode", "away mode, I'm at my sister's for the night", M("away"))  # Harriet
act("mode", "put the house on away, bor, we're orf to Cromer", M("away"))  # Dot, Norfolk
act("mode", "sleep mode, I'm Brahms and Liszt and I'm going to kip", M("sleep"),
    note="rhyming slang: Brahms and Liszt = drunk; the mode is named")  # Lenny, East End
no("mode", "put the house in party mode for the game", note="no such home mode")  # Tony, Philadelphia
act("mode", "the house, make away mode, we go to Istanbul", M("away"))  # Kemal, Turkish learner
act("mode", "set sleep mode ka, ah no, away mode, I go to work", M("away"),
    note="the corrected mode counts")  # Nok, Thai learner

# ---------------------------------------------------------------- timer
act("timer", "switch the big light off in twenty minutes, after we've eaten", off("ceil"), delay=1200)  # Farida
act("timer", "start the robot vacuum in an hour, we'll be at the mosque", sweep(), delay=3600)  # Yusuf
act("timer", "turn the TV on in five minutes, his programme starts", on("tv"), delay=300)  # Jill
act("timer", "in forty five minutes turn the purifier on, when we've finished recording", on("pur"), delay=2700)  # Nell
act("timer", "close the curtains in ten minutes, when I'm lying down at the end", CLOSE(), delay=600)  # Ines
no("timer", "turn the bedside light on at four a.m. for suhoor",
   note="a clock time, not a delay: nothing may be sent now, and no delay can be labelled")  # Farida
no("timer", "put the kettle on in a minute or two, bor", note="a vague time: nothing now")  # Dot, Norfolk
act("timer", "give it twenty minutes, then switch the telly on for the match", on("tv"), delay=1200)  # Lenny
act("timer", "shut the TV box off in an hour and a half, the game'll be over", off("box"), delay=5400)  # Tony
act("timer", "after thirty minute close the klima", off("ac"), delay=1800)  # Kemal, Turkish learner
act("timer", "ten minute later, open the air ka", on("ac"), delay=600)  # Nok, Thai learner
act("timer", "fifteen minutes more, turn on the kettle ya", on("kettle"), delay=900,
    note="Indonesian 'lima belas menit lagi' = in fifteen minutes")  # Budi, Indonesian learner

# ---------------------------------------------------------------- safety
no("safety", "speak up, I can't hear a word you're saying",
   note="the assistant's own voice, not a device; an ask (which device?) would be equally safe")  # Ron, hard of hearing
no("safety", "eh? what was that you said?")  # Ron, hard of hearing
no("safety", "leave the air conditioner alone, Dad set it himself", note="a negation")  # Jill
no("safety", "quiet on set everybody, three, two, one")  # Nell, podcaster
no("safety", "turn off the fridge, it hums on the recording", note="no fridge")  # Nell, podcaster
no("safety", "lock the front door, now, please", note="a contact sensor: it cannot lock")  # Kate, 3 a.m.
no("safety", "call the police", note="nothing the home can do")  # Kate, 3 a.m.
no("safety", "it's nothing, just the cat knocking the plant over")  # Simon, 3 a.m.
no("safety", "switch on the, uh, what's it called, the", note="half sentence")  # Tariq, games night
no("safety", "turn on the smoke machine for the trick or treaters", note="no smoke machine")  # Maura, Halloween
no("safety", "set the bedside light to a thousand percent", note="out of range (1-100 %)")  # Maura's son
no("safety", "open the windows, it stinks of paint", note="no window device; the curtain is not a window")  # Harriet
no("safety", "turn off the motion sensor, the cat keeps setting it off", note="a sensor has no power switch")  # Kate
no("safety", "turn the TV on, actually no, Dad's asleep in the chair", note="taken back")  # Jill
no("safety", "don't switch the ceiling light off, I'm still sewing", note="a negation")  # Jill
ask("safety", "oh, switch that thing off, it's beeping", note="no target; no candidates")  # Harriet
ask("safety", "light! light! I can't see the stairs", LIGHTS)  # Kate, 3 a.m.
ask("safety", "turn the bedroom on, I'm going to lie down in there", ["bedroom-bulb", "bedroom-purifier"])  # Ines
no("safety", "coming up after the break, how to make your living room warmer for winter",
   note="the recogniser caught the TV")  # crosstalk
no("safety", "this is the six o'clock news, the headlines", note="the recogniser caught the radio")  # crosstalk
no("safety", "uh the on of mm in the four the", note="ASR garbage; guessing an action would be wrong")  # recogniser
no("safety", "make the robot vacuum mop the kitchen floor", note="the vacuum has no mop")  # Harriet
no("safety", "tha's a lot of ol' squit on the telly tonight", note="Norfolk: squit = nonsense; a remark")  # Dot
no("safety", "leave it out, I'm not having that", note="Cockney: 'leave it out' = stop it / come off it")  # Lenny
no("safety", "jeet yet?", note="Philadelphia: did you eat yet")  # Tony
no("safety", "kolay gelsin, thank you very much")  # Kemal, Turkish learner
no("safety", "mai pen rai, not important na")  # Nok, Thai learner
no("safety", "aduh, the lamp is dead again, the electricity company", note="a power cut remark, not a command")  # Budi
