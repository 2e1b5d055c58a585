"""English utterances of test13, written by hand, one a line, each with a comment naming its voice.

Plain voices: Walter (a blind grandfather who does everything by voice), Aiden (15, gaming late), Nina and Marcus
(a couple arguing mildly over the air conditioner), Leah (a dog sitter, the dog is Pickle), the Fosters in a
heatwave, Greta (a Monday morning home office), Tom and his sick son Ben (6), the Millers on Christmas morning, Hugo
on moving-out day. Regional / non-native / transcribed voices: Shaz (Manchester), Dod (Aberdeen, Doric), Darlene
(Newfoundland), Sanne (a Dutch learner), Aino (a Finnish learner), and a recogniser that drops or merges words (ASR)."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")

PURPLE = 0x800080


def warm_white(d):
    """'warm white' as an absolute set: 2700 K, with a relative 'warmer' as `or` (TEST6.md)."""
    return P(d, "light.color-temperature", 2700, alt=[warmer(d)])


# ---------------------------------------------------------------- power (34)
act("power", "switch the bedside lamp on, my carer's coming to do the bed", on("bulb"))  # Walter, blind grandfather
act("power", "I can't see it of course, but turn the television off, it's been chattering all afternoon", off("tv"),
    note="The TV is already off in the home's state; the command is labelled as said (TEST4.md).")  # Walter
act("power", "put the kettle plug on for me, I'll find the cups by feel", on("kettle"))  # Walter
act("power", "turn the big light off so mum thinks I'm in bed", off("ceil"))  # Aiden, 15, gaming late
act("power", "tv box on, quick, before the lobby fills up", on("box"))  # Aiden
act("power", "switch the air conditioner off, I'm sitting here in two jumpers", off("ac"),
    note="The AC is already off; labelled as said.")  # Nina, arguing over the temperature
act("power", "air con back on please, it's like a sauna in here whatever she says", on("ac"))  # Marcus
act("power", "turn the telly on for Pickle, she likes hearing voices", on("tv"))  # Leah, dog sitter
act("power", "switch the bedside lamp on for the dog, she won't settle in the dark", on("bulb"))  # Leah
act("power", "turn the air purifier off, it's only pushing warm air round the bedroom", off("pur"),
    note="The purifier is already off; labelled as said.")  # the Fosters, heatwave
act("power", "air conditioner on, right now, it's thirty five degrees out there", on("ac"),
    note="Thirty five degrees is the weather outside, not a set point (and would be out of range).")  # the Fosters
act("power", "switch off the tv, I'm working today, not watching", off("tv"),
    note="The TV is already off; labelled as said.")  # Greta, Monday home office
act("power", "turn the air purifier in the bedroom on, Ben won't stop coughing", on("pur"))  # Tom, sick son Ben
act("power", "bedside light off, he's finally asleep", off("bulb"),
    note="The bulb is already off in the home's state; labelled as said.")  # Tom
act("power", "switch the tv on, the kids want to see if Santa's on the news", on("tv"))  # the Millers, Christmas
act("power", "kettle plug on, one last brew for the removal men", on("kettle"))  # Hugo, moving out
act("power", "the wall switch, the left one, flick it off", wl(False))  # Hugo
no("power", "turn on the christmas tree lights", note="No device in the home is the tree lights; the wall switch is "
   "not said to power them. Nothing may be switched on in their place.")  # the Millers
no("power", "switch the fridge off, we've emptied it", note="The home has no fridge.")  # Hugo
ask("power", "light on, I need to find the thermometer for his temperature", LIGHTS,
    note="Two lights and no room. 'the thermometer' is the medical one he is looking for, not the bedroom sensor, and "
         "is not a target.")  # Tom
ask("power", "turn the light off quick, someone's coming down the stairs", LIGHTS)  # Aiden
act("power", "our kid's left the telly box on again, switch it off", off("box"),
    note="Manchester 'our kid' = brother. The TV box is already off; labelled as said.")  # Shaz, Manchester
act("power", "giz the big light on, it's siling down and dead dark in here", on("ceil"),
    note="Manchester 'giz' = give us, 'siling down' = pouring, 'dead' = very. The ceiling light is already on.")  # Shaz
act("power", "pit the bedside licht on, it's affa dark", on("bulb"),
    note="Doric: 'pit' = put, 'licht' = light, 'affa' = very.")  # Dod, Aberdeen
act("power", "switch on the air conditioner, it's a richt scorcher the day", on("ac"),
    note="Doric 'richt' = right, 'the day' = today.")  # Dod, Aberdeen
act("power", "turn on the kettle plug there b'y, I'm after getting soaked", on("kettle"),
    note="Newfoundland 'I'm after getting' = I have just got.")  # Darlene, Newfoundland
act("power", "shut off the big light me son, the sun's well up", off("ceil"))  # Darlene, Newfoundland
act("power", "do the light out in the bedroom please", off("bulb"),
    note="Dutch 'doe het licht uit' = switch the light off. The bulb is already off; labelled as said.")  # Sanne, Dutch
act("power", "set the tv out, we go to bed now", off("tv"),
    note="Dutch 'zet de tv uit' = switch the TV off. Going to bed is context; the TV is named, the Good night scene is "
         "not asked for.")  # Sanne, Dutch
act("power", "open the television please, the ice hockey is starting", on("tv"),
    note="Finnish 'avata' (open) = switch on a TV.")  # Aino, Finnish learner
act("power", "close the big lamp in the living room, the sun is enough", off("ceil"),
    note="Finnish learner: 'close' = switch off; 'lamp' (lamppu) for any light. The living room's only light is the "
         "ceiling light.")  # Aino
act("power", "turnon the purifier in the bedroom", on("pur"))  # ASR, merged words
act("power", "switch on the the tvbox", on("box"))  # ASR, doubled and merged words
no("power", "turn the ceiling light", note="ASR dropped 'on' or 'off': a half sentence, nothing to do.")  # ASR

# ---------------------------------------------------------------- set (34)
act("set", "set the bedside lamp to fifty percent, my granddaughter's going to read to me", br("bulb", 50),
    note="The bulb is off; the brightness is set as said (the convention for settings).")  # Walter
act("set", "ceiling light on night mode, the screen's enough light", lmode(1))  # Aiden
act("set", "make the bedside lamp purple", col(PURPLE))  # Aiden
act("set", "set the air con to twenty three, not twenty, twenty three", tt(23))  # Nina
act("set", "compromise then, air con on twenty three and a half", tt(23.5))  # Marcus
act("set", "put the eco mode on the air conditioner, at least it'll be cheaper", eco(True))  # Nina
act("set", "lock the purifier's buttons, Pickle keeps pawing at them", lock(True))  # Leah, dog sitter
act("set", "new filter's in the purifier, reset the filter life", A("pur", "filter.reset-filter-life"),
    note="An action of the purifier's filter service, filed under set (it sets a counter back).")  # Hugo, moving out
act("set", "air con fan on high", acfan(3))  # the Fosters
act("set", "curtains to twenty percent, keep the sun off the sofa", pos(20))  # the Fosters
act("set", "ceiling light to reading mode", lmode(2))  # Greta, home office
act("set", "close the curtains halfway, there's glare all over my screen", pos(50))  # Greta
act("set", "big light brightness seventy percent", br("ceil", 70))  # Greta
act("set", "kettle plug, after a power cut go back to whatever it was before", P("kettle", "switch.default-power-on-state", 2),
    note="The plug's state after a power cut: 2 = Previous.")  # Greta
act("set", "purifier on sleep mode, Ben's having a nap", pmode(1),
    note="'on sleep mode' is the purifier's mode, not a power command (the purifier is off).")  # Tom
act("set", "set the bedside lamp to five percent so I can check on him", br("bulb", 5))  # Tom
act("set", "make the bedside bulb red for Christmas", col(RED))  # the Millers
act("set", "the curtain opens the wrong way round, swap its direction", P("curt", "curtain.motor-reverse", True))  # Hugo
no("set", "air con to fourteen degrees, I don't care what it costs",
   note="Out of range (16-30 °C): refused with the range.")  # the Fosters
no("set", "make the big light red and green like a candy cane", note="The ceiling light has no colour.")  # the Millers
ask("set", "brightness to sixty please", LIGHTS)  # Greta
ask("set", "fan to max, I'm melting", ["living-ac", "bedroom-purifier"],
    note="The AC and the purifier both have a fan level (TEST6.md); the home has no fan.")  # the Fosters
act("set", "put the air con on nineteen, it's dead close tonight", tt(19),
    note="Manchester 'close' = muggy, 'dead' = very.")  # Shaz, Manchester
act("set", "telly onto HDMI one, our Kyle's got his Xbox on", inp(1))  # Shaz
act("set", "set the big licht tae forty", br("ceil", 40))  # Dod, Aberdeen
act("set", "pit the purifier on auto, the hoose is affa stoory", pmode(0),
    note="Doric 'hoose' = house, 'stoory' = dusty. The mode only (the purifier is off; its mode is already Auto, "
         "labelled as said).")  # Dod
act("set", "put the air conditioner on heat b'y, it's some cold", acmode(3),
    note="Newfoundland 'some cold' = very cold.")  # Darlene, Newfoundland
act("set", "close the curtains half way luh, the sun's right in me eyes", pos(50),
    note="Newfoundland 'luh' = look.")  # Darlene
act("set", "make the lamp in the bedroom warm white, that is more gezellig", warm_white("bulb"),
    note="Dutch 'gezellig' = cosy. Warm white = 2700 K, a warmer change as `or`.")  # Sanne, Dutch
act("set", "the television on HDMI three please", inp(3))  # Sanne
act("set", "air conditioner to twenty one please, kiitos", tt(21))  # Aino, Finnish
act("set", "purifier fan to the highest", pfan(3), note="The purifier's fan level alone (TEST12.md).")  # Aino
act("set", "set ac twenty six", tt(26), note="ASR dropped 'to'; a person reads it at once.")  # ASR
no("set", "bedside light brightness to", note="ASR dropped the number: a half sentence.")  # ASR

# ---------------------------------------------------------------- relative (29)
act("relative", "it's a bit nippy, warm the room up for me", hotter(),
    note="No device named; the only AC is the one device that warms.")  # Walter
act("relative", "the television's booming, bring it down", tooloud("tv"))  # Walter
act("relative", "tv quieter, mum's a light sleeper", quieter("tv"))  # Aiden
act("relative", "bedside lamp a bit dimmer", dimmer("bulb"),
    note="The bulb is off: its brightness is lowered, it is not switched on.")  # Aiden
act("relative", "he's turned it down again, make it warmer please", hotter(),
    note="'it' is the AC they are arguing about; the only device with a set point.")  # Nina
act("relative", "it's boiling, take the air con down a degree", cooler())  # Marcus
act("relative", "the dog's panting, cool the place down a bit", cooler())  # Leah
act("relative", "purifier up a notch, the air's so stale", up("pur", "air-purifier.fan-level"),
    note="Its fan level (Low, so up is possible); the purifier is off.")  # the Fosters
act("relative", "close the curtains a bit more, the sun's creeping onto the sofa", curt_less())  # the Fosters
act("relative", "big light a bit brighter, it's grim outside", brightC())  # Greta
act("relative", "speaker down a bit, I'm about to join a call", quieter("spk"))  # Greta
act("relative", "make the ceiling light a cooler white, I need to wake up", cooler_white("ceil"))  # Greta
act("relative", "dim the big light, his head's pounding", dimC())  # Tom
act("relative", "turn the tv box down a little", quieter("box"))  # Tom
act("relative", "turn the carols up on the speaker", louder("spk"))  # the Millers
act("relative", "the bedroom's too dark to open presents in", darkBedroom())  # the Millers
act("relative", "robot vacuum, more suction, the carpet's full of cat litter", up("vac", "vacuum.fan-level"))  # Hugo
no("relative", "can the thermometer in the bedroom go up a couple of degrees",
   note="The thermometer only measures; nothing heats the bedroom.")  # Walter
ask("relative", "a bit louder, we can't hear a thing over the wrapping paper", SOUND)  # the Millers
ask("relative", "bit darker in here", LIGHTS, note="No room; only the ceiling light is on, but 'here' names "
    "neither light (TEST5.md).")  # Aiden
act("relative", "turn the music up our kid, this is a mint tune", louder("spk"),
    note="Manchester 'mint' = great; music is the speaker's.")  # Shaz
act("relative", "it's dead nippy in here, warm it up a bit", hotter())  # Shaz
act("relative", "the big licht's ower bricht, turn it doon", dimC(),
    note="Doric 'ower bricht' = too bright, 'doon' = down.")  # Dod
act("relative", "it's affa warm, cool the hoose doon a bittie", cooler())  # Dod
act("relative", "turn the telly up a bit b'y, I can't hear the weather", louder("tv"))  # Darlene
act("relative", "the music may harder please", louder("spk"),
    note="Dutch 'harder' = louder; 'mag harder' = may be louder.")  # Sanne, Dutch
act("relative", "the tv box a little softer, hè", quieter("box"), note="Dutch 'zachter' = softer = quieter.")  # Sanne
act("relative", "the bedside lamp more warm colour", warmer("bulb"))  # Aino, Finnish
act("relative", "turn the big light down abit", dimC())  # ASR, merged words

# ---------------------------------------------------------------- media (34)
act("media", "play the speaker, I want my music on", sp("play"))  # Walter
act("media", "skip this one, I can't stand the trumpet", sp("next"),
    note="Only the speaker has next/previous.")  # Walter
act("media", "mute the television, the phone's ringing somewhere", mute("tv"))  # Walter
act("media", "make the speaker say the taxi is here", say("the taxi is here"))  # Walter
act("media", "put radio four on the speaker", sp("play"),
    note="A station cannot be chosen through the profile; the speaker's play (TEST7.md news convention).")  # Walter
act("media", "tv volume to ten", vol("tv", 10))  # Aiden
act("media", "pause the tv box, snack run", boxp("pause"))  # Aiden
act("media", "open netflix on the tv box", app("box", NETFLIX))  # Aiden
act("media", "unmute the tv, I need to hear the footsteps", unmute("tv"),
    note="The TV is not muted, so nothing new may be sent; it must not turn the volume up.")  # Aiden
act("media", "play some music on the speaker for Pickle while I'm out", sp("play"))  # Leah
act("media", "put youtube on the telly, there's a dog channel", app("tv"),
    note="Only Netflix has a known package; YouTube leaves `arguments` out.")  # Leah
act("media", "pause the speaker, I can't think in this heat", sp("pause"))  # the Fosters
act("media", "mute the speaker, I'm on a call in two minutes", mute("spk"))  # Greta
act("media", "stop the music, standup's starting", sp("pause"),
    note="Music is the speaker's; it has no stop, so pause.")  # Greta
act("media", "tv box, press back, he picked the wrong cartoon", key(5))  # Tom
act("media", "press OK on the tv box", key(4))  # Tom
act("media", "turn the tv box volume to fifteen", vol("box", 15))  # Tom
act("media", "play the previous song again, the kids loved it", sp("previous"))  # the Millers
act("media", "pause the telly, it's present time", tvp("pause"))  # the Millers
act("media", "make the speaker say Father Christmas has been", say("Father Christmas has been"))  # the Millers
ask("media", "pause it, he's dropped off", PLAYERS)  # Tom
ask("media", "netflix please, the grandkids want the reindeer film", APPS)  # the Millers
no("media", "read me the paper", note="No device reads a newspaper; nothing to play-text.")  # Walter
act("media", "pause the telly our kid, the adverts are mithering me", tvp("pause"),
    note="Manchester 'mither' = bother.")  # Shaz
act("media", "stick the tv box on netflix", app("box", NETFLIX))  # Shaz
act("media", "fit's this rubbish, skip it", sp("next"), note="Doric 'fit' = what; next is the speaker's.")  # Dod
act("media", "mute the telly box, the bairns are sleepin'", mute("box"))  # Dod
act("media", "b'y turn off the sound on the tv, the phone's going", mute("tv"))  # Darlene
act("media", "set the sound out on the speaker", mute("spk"), note="Dutch 'zet het geluid uit' = mute.")  # Sanne
act("media", "the tv box, go to home please", key(6), note="The remote's Home key.")  # Sanne
act("media", "put the youtube on the tv box", app("box"))  # Aino
act("media", "the speaker next song, kiitos", sp("next"))  # Aino
act("media", "pause the tvbox", boxp("pause"))  # ASR, merged
act("media", "tv volume twenty", vol("tv", 20))  # ASR, dropped 'to'

# ---------------------------------------------------------------- scene (19)
act("scene", "I'm off up to bed now, good night", S("good-night"))  # Walter
act("scene", "morning! run good morning for me, I never find the switches", S("good-morning"))  # Walter
act("scene", "movie scene, I'm watching a horror", S("movie"))  # Aiden
act("scene", "we're back from the shops, both of us, and still arguing", S("welcome-home"),
    note="Coming home = Welcome home (TEST5.md).")  # Nina and Marcus
act("scene", "back from the walk, welcome home please", S("welcome-home"))  # Leah
act("scene", "time for bed, and it's still thirty degrees", S("good-night"))  # the Fosters
act("scene", "start the good morning scene, Monday again", S("good-morning"))  # Greta
act("scene", "run the movie scene, we're having a sofa film day", S("movie"))  # Tom
act("scene", "good morning! it's Christmas! wake the house up", S("good-morning"))  # the Millers
act("scene", "movie time, Home Alone's starting", S("movie"))  # the Millers
act("scene", "run the welcome home scene one last time for old times' sake", S("welcome-home"))  # Hugo
no("scene", "start the christmas scene", note="The home has no such scene.")  # the Millers
no("scene", "turn on the dog walk scene", note="The home has no such scene.")  # Leah
act("scene", "sound, we're back, do the welcome home", S("welcome-home"), note="Manchester 'sound' = fine.")  # Shaz
act("scene", "I'm awa tae ma bed, good nicht", S("good-night"))  # Dod
act("scene", "good morning b'y, start the morning one", S("good-morning"))  # Darlene
act("scene", "we go watch a film, start the movie scene hè", S("movie"))  # Sanne
act("scene", "hyvää yötä, the good night scene please", S("good-night"), note="Finnish 'hyvää yötä' = good night.")  # Aino
act("scene", "run goodmorning scene", S("good-morning"))  # ASR, merged

# ---------------------------------------------------------------- mode (10)
act("mode", "put the house in sleep mode, I'm turning in", M("sleep"))  # Walter
act("mode", "set the home to away mode, I'm off till tomorrow, the dog's fine", M("away"))  # Leah
act("mode", "away mode, we're handing back the keys", M("away"))  # Hugo
act("mode", "switch off away mode, I'm working from home today", M("home"))  # Greta
act("mode", "home mode please, we're both in", M("home"))  # Nina
no("mode", "put the home in christmas mode", note="The home's modes are home, away and sleep.")  # the Millers
act("mode", "put it on away mode, we're off to Blackpool for the weekend", M("away"))  # Shaz
act("mode", "sleep mode b'y, I'm some tired", M("sleep"))  # Darlene
act("mode", "home mode, we are back from the summer cottage", M("home"),
    note="The mode is named, so the home mode, not the Welcome home scene (TEST12.md).")  # Aino
act("mode", "awaymode on", M("away"))  # ASR, merged

# ---------------------------------------------------------------- timer (10)
act("timer", "switch the television off in an hour, I'll have dozed off by then", off("tv"), delay=3600)  # Walter
act("timer", "turn the tv off in twenty minutes, last game I promise", off("tv"), delay=1200)  # Aiden
act("timer", "in forty minutes start the hoover, we'll be out on the walk", sweep(), delay=2400)  # Leah
act("timer", "turn the air con off in two hours", off("ac"), delay=7200)  # the Fosters
act("timer", "in half an hour switch the purifier to auto", pmode(0), delay=1800)  # Tom
act("timer", "put the kettle plug on in ten minutes, the turkey's nearly out", on("kettle"), delay=600)  # the Millers
no("timer", "switch the telly off in a bit our kid", note="A vague time: nothing now (TEST4.md).")  # Shaz
act("timer", "close the curtains in fifteen minutes", CLOSE(), delay=900)  # Dod
act("timer", "over half an hour the tv out please", off("tv"), delay=1800,
    note="Dutch 'over een half uur' = in half an hour; 'uit' = off.")  # Sanne
act("timer", "in 5 minutes turn off bedside light", off("bulb"), delay=300)  # ASR, dropped 'the'

# ---------------------------------------------------------------- query (29)
q("is the big light on or off, I can't tell", ("ceil", "light.on"))  # Walter
q("which lights are on in the house at the moment", ("bulb", "light.on"), ("ceil", "light.on"))  # Walter
q("is the front door shut properly, I can feel a draught", ("door", "magnet-sensor.contact-state"))  # Walter
q("tell me how warm the bedroom is", ("therm", "environment.temperature"))  # Walter
q("are the curtains in the living room open or closed", ("curt", "curtain.current-position"))  # Walter
q("what's on the television just now", ("tv", "television.current-content"))  # Walter
q("is anybody moving about in the living room, I heard something", ("mot", "motion-sensor.motion-state"))  # Walter
q("what's the tv volume on", ("tv", "speaker.volume"))  # Aiden
q("what's the air con actually set to right now", ("ac", "air-conditioner.target-temperature"))  # Nina
q("how warm is the living room really, not how warm you feel", ("ac", "environment.temperature"),
  note="Living-room temperature = the AC's return-air sensor.")  # Marcus
q("has the motion sensor seen Pickle moving lately", ("mot", "motion-sensor.motion-state"),
  ("mot", "motion-sensor.no-motion-duration"))  # Leah
q("how humid is it in the bedroom", ("therm", "environment.relative-humidity"))  # the Fosters
q("how many watts is the air conditioner pulling", ("ac", "power-consumption.electric-power"))  # the Fosters
q("how's the air quality, I've got a headache coming on", ("pur", "environment.air-quality"))  # Greta
q("is the kettle plug on or did I forget", ("kettle", "switch.on"))  # Greta
q("what's the pm2.5 in the bedroom", ("pur", "environment.pm25-density"))  # Tom
q("is the purifier on its sleep mode", ("pur", "air-purifier.mode"))  # Tom
q("has the robot vacuum got enough battery for all this wrapping paper", ("vac", "battery.battery-level"))  # the Millers
q("how long's the front door been propped open now", ("door", "magnet-sensor.open-duration"))  # Hugo
q("how much life is left in the purifier filter", ("pur", "filter.filter-life-level"))  # Hugo
q("is the hoover done or what", ("vac", "vacuum.status"))  # Shaz
q("foo warm is it in the bedroom", ("therm", "environment.temperature"), note="Doric 'foo' = how.")  # Dod
q("far's the curtain at, open or shut", ("curt", "curtain.current-position"), note="Doric 'far' = where.")  # Dod
q("it's some mauzy, what's the humidity in the bedroom", ("therm", "environment.relative-humidity"),
  note="Newfoundland 'mauzy' = damp and foggy.")  # Darlene
q("is the vacuum after finishing", ("vac", "vacuum.status"),
  note="Newfoundland 'after finishing' = has it finished.")  # Darlene
q("how warm is it in the living room? it feels benauwd", ("ac", "environment.temperature"),
  note="Dutch 'benauwd' = stuffy.")  # Sanne
q("is the tv box on or not", ("box", "tv-box.on"))  # Aino
q("whats the battery front door sensor", ("door", "battery.battery-level"))  # ASR, dropped words
q("is front door closed", ("door", "magnet-sensor.contact-state"))  # ASR, dropped 'the'

# ---------------------------------------------------------------- group (19)
act("group", "turn off all the lights, I've no use for them", off("bulb"), off("ceil"))  # Walter
act("group", "mute everything, I'm going to bed for real this time", MUTE_ALL)  # Aiden
act("group", "switch off everything in the living room, we're going to bed", LIVING_OFF)  # Nina
act("group", "every light off except the bedside lamp, that's for the dog", off("ceil"))  # Leah
act("group", "everything in the bedroom off, it's too hot for any of it", off("bulb"), off("pur"),
    note="The thermometer cannot be switched.")  # the Fosters
act("group", "pause everything that's playing, my boss is calling", pause_all())  # Greta
act("group", "all the lights down low, he's got a migraine", dimmer("bulb"), dimC(),
    note="Group brightness changes leave the off bulb's power alone.")  # Tom
act("group", "turn on all the lights, it's Christmas morning", on("bulb"), on("ceil"))  # the Millers
act("group", "turn everything off, we're done here", ALL_OFF)  # Hugo
act("group", "everything in the kitchen off, the boxes are all out of there", off("kettle"), note="The kettle plug is the kitchen's only "
    "switchable device (the vacuum has no power switch).")  # Hugo
no("group", "turn off all the lights in the hallway", note="The hallway has only a door sensor.")  # Hugo
act("group", "both wall switches on please", wl(True), wr(True))  # Greta
act("group", "turn everything off in the lounge, we're off out", LIVING_OFF)  # Shaz
act("group", "pit a' the lichts oot", off("bulb"), off("ceil"), note="Doric: put all the lights out.")  # Dod
act("group", "shut off every light in the house there b'y", off("bulb"), off("ceil"))  # Darlene
act("group", "all the lights out except the one in the bedroom", off("ceil"))  # Sanne
act("group", "close everything in the bedroom, we go to the sauna", off("bulb"), off("pur"),
    note="Finnish learner: 'close' = switch off.")  # Aino
act("group", "all lights fifty percent", br("bulb", 50), br("ceil", 50))  # ASR, dropped words
no("group", "mute all the", note="ASR cut off: a half sentence.")  # ASR

# ---------------------------------------------------------------- safety (24)
no("safety", "don't switch anything off, I'm listening to the cricket")  # Walter
no("safety", "you've got a lovely voice, do you know that")  # Walter
no("safety", "could you just, um")  # Walter
no("safety", "if mum asks, I was asleep by ten")  # Aiden
no("safety", "turn off the tv, wait no, one more round")  # Aiden
no("safety", "don't touch the air conditioner, we're still discussing it")  # Nina
no("safety", "she's always cold and I'm always hot, that's the problem")  # Marcus
no("safety", "open the front door, I've left the key inside", note="The front door is a contact sensor.")  # Leah
no("safety", "good girl Pickle, who's a good girl")  # Leah
no("safety", "put the electric fan on full", note="The home has no fan.")  # the Fosters
no("safety", "is there going to be a hosepipe ban this year")  # the Fosters
ask("safety", "turn that one on, the thing", note="No target: ask without candidates.")  # Greta
no("safety", "set a reminder for my ten o'clock", note="No device keeps reminders.")  # Greta
no("safety", "don't put the light on, he's only just gone off")  # Tom
ask("safety", "can you do the bedroom off, he's asleep", ["bedroom-bulb", "bedroom-purifier"],
    note="A bare room: the bulb and the purifier.")  # Tom
no("safety", "turn on the oven for the turkey", note="The home has no oven.")  # the Millers
no("safety", "merry christmas to you too")  # the Millers
ask("safety", "switch off the living room, the van's here", note="A bare room: ask (TEST2.md convention).")  # Hugo
no("safety", "stop mithering me, I'm watching this")  # Shaz
no("safety", "fit like the day?", note="Doric 'fit like' = how are you.")  # Dod
no("safety", "where you to, b'y?", note="Newfoundland: where are you.")  # Darlene
no("safety", "eet smakelijk everybody", note="Dutch: enjoy your meal.")  # Sanne
no("safety", "no niin, what was I going to say")  # Aino
no("safety", "switch off the the uh", note="ASR: a half sentence.")  # ASR
