"""test6, English half: hand-written, one utterance a line, each with a comment naming its voice.
Voices: W = a Welsh speaker (now / now in a minute, tidy, lush, there's lovely, diolch, nos da, bore da, the lounge,
close = muggy); IN = an Indian English speaker (do one thing, only / itself for emphasis, little bit, the hall = the
living room, switchboard, prepone); JM = a Jamaican English speaker (mi, di, pon, inna, nuh, likkle, reach = arrive,
fi true, weh a play); CA = a Canadian (eh, the game, the rink, give'r, hydro); ENG = a very literal engineer (property
names, exact units); SL = someone half asleep at 2 am (mumbled, short); GU = a guest who knows no device names (the
thing by the window, whatever plays music, the box under the telly); PA = a parent speaking for a child."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")

# ---------------------------------------------------------------- power
act("power", "turn the big light off for me now love", off("ceil"))  # W
act("power", "put the telly on for me, diolch", on("tv"))  # W
act("power", "switch the bedside bulb on, there's tidy", on("bulb"))  # W
act("power", "switch that air con on in the lounge, it's close today", on("ac"))  # W
act("power", "turn the plug in the kitchen off now, the kettle's boiled", off("kettle"))  # W
act("power", "do one thing, switch on the air purifier in the bedroom", on("pur"))  # IN
act("power", "please put on the kettle plug, I am making chai", on("kettle"))  # IN
act("power", "switch off the TV box, nobody is watching it only", off("box"))  # IN
act("power", "please switch on the AC in the hall", on("ac"),
    note="Indian English: the hall is the living room, where the only AC is (the Hallway has no AC either way)")  # IN
act("power", "switch off both the switches on the switchboard", wl(False), wr(False),
    note="switchboard = the wall switch plate; both rockers")  # IN
act("power", "turn on the big light, mi cyaan see nothing", on("ceil"))  # JM
act("power", "switch off the air condition, it cold now", off("ac"))  # JM
act("power", "turn off the TV box, mi done with it", off("box"))  # JM
act("power", "turn on the air purifier inna the bedroom", on("pur"))  # JM
act("power", "kettle on please eh, I need a coffee", on("kettle"))  # CA
act("power", "turn off the TV in the living room, the game's over", off("tv"))  # CA
act("power", "shut the air purifier off, eh, it's wasting hydro", off("pur"))  # CA
act("power", "can you turn the ceiling light back on", on("ceil"))  # CA
act("power", "set living room ceiling light power state to on", on("ceil"))  # ENG
act("power", "switch bedroom air purifier to off", off("pur"))  # ENG
act("power", "wall switch right channel on", wr(True))  # ENG
act("power", "turn the left rocker of the wall switch off", wl(False))  # ENG
act("power", "power off the kettle plug", off("kettle"))  # ENG
act("power", "bedside light on", on("bulb"))  # SL
act("power", "mm light off. the bedroom one", off("bulb"))  # SL
act("power", "turn off the tv im falling asleep", off("tv"))  # SL
act("power", "sorry, how do I turn the telly on? can you do it", on("tv"))  # GU
act("power", "could you turn on the lamp next to the bed", on("bulb"))  # GU
act("power", "turn on the streaming box under the tv please", on("box"))  # GU
act("power", "the light in the living room, could you switch it off? I can't find the switch", off("ceil"))  # GU
act("power", "my son says turn on the box so he can watch his show", on("box"),
    note="the box = the TV box")  # PA
act("power", "he's scared of the dark, switch the bedside bulb on for him", on("bulb"))  # PA
act("power", "ok the kids want the right-hand switch on the wall on, go on then", wr(True))  # PA
act("power", "start the hoover now, the floor's a state", sweep())  # W
act("power", "send the robot vacuum back to its dock, eh", dock())  # CA
act("power", "vacuum stop immediately, it is eating the charger wire", vstop())  # IN
act("power", "could you close the curtains, it's getting dark out", CLOSE())  # GU

# ---------------------------------------------------------------- set
act("set", "put the air con on twenty-one for me now", tt(21))  # W
act("set", "make the bedside bulb red, there's lush", col(RED))  # W
act("set", "set the fan on the air con to high now", acfan(3))  # W
act("set", "put the speaker volume on twenty-five, tidy", vol("spk", 25))  # W
act("set", "set the AC to cooling mode and 24 degree", acmode(1), tt(24))  # IN
act("set", "make the bedroom light brightness 60 percent", br("bulb", 60))  # IN
act("set", "keep the air purifier in auto mode", pmode(0))  # IN
act("set", "put the AC fan speed on low", acfan(1))  # IN
act("set", "set the vacuum suction power to turbo", vfan(3))  # IN
act("set", "make the ceiling light in hall to night mode", lmode(1),
    note="Indian English: the hall is the living room; night is a preset of the ceiling light")  # IN
act("set", "mek the AC go on dry mode, it sticky in here", acmode(2))  # JM
act("set", "put the bedside bulb green", col(GREEN))  # JM
act("set", "put the purifier pon high fan", pfan(3))  # JM
act("set", "set the bedside bulb to yellow", col(YELLOW))  # JM
act("set", "put the AC on heat, 22 degrees, it's minus thirty out there", acmode(3), tt(22))  # CA
act("set", "open the curtains halfway, eh", pos(50))  # CA
act("set", "set the ceiling light to reading mode", lmode(2))  # CA
act("set", "set the robot vacuum to quiet suction, the baby's napping", vfan(0))  # CA
act("set", "set living room ceiling light brightness to 40 percent", br("ceil", 40))  # ENG
act("set", "set air conditioner target temperature to 22.5 degrees celsius", tt(22.5))  # ENG
act("set", "set bedside bulb color temperature to 5000 kelvin", ct("bulb", 5000))  # ENG
act("set", "set curtain target position to 30 percent", pos(30))  # ENG
act("set", "set robot vacuum suction to strong", vfan(2))  # ENG
act("set", "set living room ceiling light color temperature to 6500 kelvin", ct("ceil", 6500))  # ENG
act("set", "set bedroom air purifier mode to sleep", pmode(1))  # ENG
act("set", "set air conditioner mode to fan only, fan level medium", acmode(4), acfan(2))  # ENG
act("set", "bed light ten percent", br("bulb", 10))  # SL
act("set", "ac twenty six", tt(26))  # SL
act("set", "could you set the lamp by the bed to a warm white, like candlelight", P("bulb", "light.color-temperature", 2700, alt=[warmer("bulb")]),
    note="warm white: the warm end of a bedside bulb's whites (2700 K) or simply warmer")  # GU
act("set", "whatever plays the music, set its volume to 30", vol("spk", 30),
    note="the thing that plays music is the speaker (nothing is playing now; the TV and box are off)")  # GU
act("set", "could you close the curtains about three quarters of the way", pos(25),
    note="three quarters closed = a quarter open")  # GU
act("set", "put the TV on HDMI 2, he wants his game console", inp(2))  # PA
act("set", "she wants the bedside light blue please", col(BLUE))  # PA

# ---------------------------------------------------------------- relative
act("relative", "it's close in here, cool it down a bit", cooler(),
    note="Welsh/British 'close' = muggy: a lower set point on the only AC")  # W
act("relative", "the big light's a bit much, turn it down a touch", dimC())  # W
act("relative", "open the curtains a bit more now", curt_more(),
    note="the curtain is already fully open in the home's state; labelled as said")  # W
act("relative", "bit dark in the bedroom, isn't it", darkBedroom())  # W
act("relative", "increase the brightness of bedroom light little bit", brighter("bulb"))  # IN
act("relative", "reduce the AC temperature by two degree", cooler())  # IN
act("relative", "speaker volume increase slightly", louder("spk"))  # IN
act("relative", "curtain little bit close", curt_less())  # IN
act("relative", "AC fan speed increase", up("ac", "fan-control.fan-level"))  # IN
act("relative", "it hot fi true, mek it cooler nuh", cooler())  # JM
act("relative", "turn down the speaker likkle bit", quieter("spk"))  # JM
act("relative", "di TV box too loud, low it down", quieter("box"))  # JM
act("relative", "it's freezing, bump up the heat a couple degrees", hotter(),
    note="the only thing that heats is the AC")  # CA
act("relative", "TV's a bit loud, eh, turn it down", quieter("tv"))  # CA
act("relative", "make the bedside light a bit warmer", warmer("bulb"))  # CA
act("relative", "can you crank the speaker", louder("spk"))  # CA
act("relative", "decrease living room ceiling light brightness by 10 percent", dimC())  # ENG
act("relative", "increase air conditioner target temperature by 0.5 degrees", hotter())  # ENG
act("relative", "raise bedside bulb color temperature", cooler_white("bulb"))  # ENG
ask("relative", "too bright", LIGHTS,
    note="two lights and no room (only the ceiling light is on, but 'too bright' names neither)")  # SL
ask("relative", "quieter", SOUND)  # SL
act("relative", "ugh turn the big light down", dimC())  # SL
act("relative", "it's a bit stuffy, could you make the air conditioning a bit cooler", cooler())  # GU
act("relative", "the music thing is too loud", tooloud("spk"))  # GU
act("relative", "it's way too cold in this living room", hotter())  # GU
act("relative", "he says the cartoons are too quiet, turn the TV up a bit", louder("tv"))  # PA
act("relative", "make the bedside light a little dimmer, she's nearly asleep", dimmer("bulb"))  # PA
act("relative", "the little one says the ceiling light hurts his eyes, can you dim it", dimC())  # PA

# ---------------------------------------------------------------- media
act("media", "play some music on the speaker now, something cheerful", sp("play"))  # W
act("media", "pause the telly a minute, the kettle's boiled", tvp("pause"))  # W
act("media", "skip this one, I can't stand it", sp("next"),
    note="only the speaker has next/previous")  # W
act("media", "unmute the speaker now", unmute("spk"))  # W
act("media", "the telly's gone quiet, turn the volume up on it", louder("tv"))  # W
act("media", "start Netflix in the TV box, we'll watch a movie", app("box", NETFLIX))  # IN
act("media", "mute the TV, I am on a call", mute("tv"))  # IN
act("media", "play previous song on speaker", sp("previous"))  # IN
act("media", "TV box volume put 15", vol("box", 15))  # IN
act("media", "play the news on the speaker", sp("play"))  # IN
act("media", "play some reggae pon the speaker", sp("play"))  # JM
act("media", "pause di music", sp("pause"),
    note="music is the speaker's (TEST4.md); it has no stop")  # JM
act("media", "turn up di volume pon di TV box", louder("box"))  # JM
act("media", "next tune", sp("next"))  # JM
act("media", "turn off the sound pon di TV", mute("tv"))  # JM
act("media", "switch the TV over to HDMI 1, eh", inp(1))  # CA
act("media", "resume the show on the TV box", boxp("play"))  # CA
act("media", "stop the TV box, we're heading out to the rink", boxp("stop"))  # CA
act("media", "play the TV, I'm back", tvp("play"))  # CA
act("media", "set speaker mute to true", mute("spk"))  # ENG
act("media", "TV box: launch YouTube", app("box"))  # ENG
act("media", "set television input source to USB", inp(5))  # ENG
act("media", "send the OK key to the TV box", key(4))  # ENG
act("media", "set TV box volume to 35 percent", vol("box", 35))  # ENG
act("media", "stop the music", sp("pause"))  # SL
act("media", "unmute the tv", unmute("tv"))  # SL
ask("media", "mm pause that", PLAYERS)  # SL
act("media", "whatever's playing the music, can you pause it", sp("pause"),
    note="the player of music is the speaker")  # GU
act("media", "on the box under the telly, press back for me", key(5))  # GU
act("media", "the box under the telly, go to the home screen", key(6))  # GU
act("media", "she wants to watch Netflix on the TV", app("tv", NETFLIX))  # PA
act("media", "put it back one song, he wants to hear it again", sp("previous"))  # PA
act("media", "press the up button on the TV box for him", key(0))  # PA

# ---------------------------------------------------------------- scene
act("scene", "nos da, I'm off to bed", S("good-night"))  # W
act("scene", "bore da! morning routine please", S("good-morning"))  # W
act("scene", "I'm home, there's lovely", S("welcome-home"))  # W
act("scene", "start the movie scene, we are watching a film now", S("movie"))  # IN
act("scene", "run welcome home", S("welcome-home"))  # IN
act("scene", "activate good morning scene", S("good-morning"))  # IN
act("scene", "mi reach home", S("welcome-home"),
    note="Jamaican 'reach' = arrive")  # JM
act("scene", "night night, mi gone to bed", S("good-night"))  # JM
act("scene", "good night and switch off di kettle plug too", S("good-night"), off("kettle"))  # JM
act("scene", "movie night, eh, set it up", S("movie"))  # CA
act("scene", "mornin', let's get the day going", S("good-morning"))  # CA
no("scene", "start the romantic dinner scene", note="no such scene")  # CA
act("scene", "execute scene Movie", S("movie"))  # ENG
act("scene", "run scene good-night", S("good-night"))  # ENG
no("scene", "run scene relax", note="no such scene")  # ENG
act("scene", "g'night", S("good-night"))  # SL
act("scene", "hi, I'm back from the shops, can you do the welcome home thing", S("welcome-home"))  # GU
act("scene", "the kids want the movie mode for their film", S("movie"),
    note="movie mode = the Movie scene (no such home mode)")  # PA
act("scene", "we're back from the park, welcome home please", S("welcome-home"))  # PA

# ---------------------------------------------------------------- query
q("is the front door in the hallway shut, do you know", ("door", "magnet-sensor.contact-state"))  # W
q("how warm is it in the bedroom now", ("therm", "environment.temperature"))  # W
q("how's the air in the bedroom", ("pur", "environment.air-quality"))  # W
q("is the bedside bulb on, I can't see from here", ("bulb", "light.on"))  # W
q("what is the current AC temperature setting", ("ac", "air-conditioner.target-temperature"))  # IN
q("how much power the kettle is taking", ("kettle", "power-consumption.electric-power"))  # IN
q("what is the PM2.5 level in bedroom", ("pur", "environment.pm25-density"))  # IN
q("is the AC on or off", ("ac", "air-conditioner.on"))  # IN
q("how long the front door was open", ("door", "magnet-sensor.open-duration"))  # IN
q("the robot vacuum charge up yet", ("vac", "battery.battery-level"), ("vac", "battery.charging-state"))  # JM
q("what the TV playing right now", ("tv", "television.current-content"))  # JM
q("how much battery left inna di front door sensor", ("door", "battery.battery-level"))  # JM
q("is the kettle plug on or no", ("kettle", "switch.on"))  # JM
q("how humid is it in the bedroom, eh", ("therm", "environment.relative-humidity"))  # CA
q("is the front door open? the cat might get out", ("door", "magnet-sensor.contact-state"))  # CA
q("what's the temperature in the living room", ("ac", "environment.temperature"))  # CA
q("how much juice does the vacuum have left", ("vac", "battery.battery-level"))  # CA
q("report living room ceiling light brightness", ("ceil", "light.brightness"))  # ENG
q("what is the bedroom air purifier filter life level", ("pur", "filter.filter-life-level"))  # ENG
q("query curtain current position", ("curt", "curtain.current-position"))  # ENG
q("read kettle plug cumulative energy consumption", ("kettle", "power-consumption.power-consumption"))  # ENG
q("report thermometer battery level", ("therm", "battery.battery-level"))  # ENG
q("how cold is it", ("therm", "environment.temperature"), ("ac", "environment.temperature"),
  note="no room: the bedroom thermometer and/or the living-room AC sensor, or asking which room (TEST5.md)")  # SL
q("is the tv still on", ("tv", "television.on"))  # SL
q("what's the volume on the speaker", ("spk", "speaker.volume"))  # SL
q("is anyone moving in the living room? the sensor thing", ("mot", "motion-sensor.motion-state"))  # GU
q("is the music thing playing anything", ("spk", "play-control.playing-state"))  # GU
q("how bright is it in the living room according to the sensor", ("mot", "motion-sensor.illumination"))  # GU
q("she's asking if the robot is cleaning right now", ("vac", "vacuum.status"))  # PA
q("my son wants to know what app is open on the TV box", ("box", "tv-box.current-app"))  # PA

# ---------------------------------------------------------------- group
act("group", "switch all the lights off now, I'm going out", off("bulb"), off("ceil"),
    note="going out names no mode or scene: only the lights")  # W
act("group", "turn everything off in the lounge", LIVING_OFF)  # W
act("group", "turn all the lights in the living room off", off("ceil"))  # W
act("group", "switch off all the lights except bedroom", off("ceil"),
    note="exclusion: the bedside bulb must not be touched")  # IN
act("group", "all lights on please", on("bulb"), on("ceil"))  # IN
act("group", "switch off everything in the house except the AC", [a for a in ALL_OFF if a != off("ac")],
    note="ALL_OFF without the AC")  # IN
act("group", "turn off everything in the kitchen, mi done cook", off("kettle"),
    note="everything in the kitchen that switches = the kettle plug (the vacuum has no power switch)")  # JM
act("group", "shut off all di lights dem", off("bulb"), off("ceil"))  # JM
act("group", "pause everything weh a play", pause_all())  # JM
act("group", "turn off everything in the bedroom, eh, I'm heading out", off("bulb"), off("pur"))  # CA
act("group", "mute everything that makes noise", MUTE_ALL)  # CA
act("group", "turn off all the lights and everything in the kitchen", off("bulb"), off("ceil"), off("kettle"))  # CA
act("group", "set all lights brightness to 50 percent", br("bulb", 50), br("ceil", 50))  # ENG
act("group", "power off all devices in the living room", LIVING_OFF)  # ENG
act("group", "switch both wall switch channels on", wl(True), wr(True))  # ENG
act("group", "lights off. all of em", off("bulb"), off("ceil"))  # SL
act("group", "could you just turn every light in the house on, I'm looking for my earring", on("bulb"), on("ceil"))  # GU
act("group", "turn everything off please, I'm leaving now, thanks for having me", ALL_OFF)  # GU
act("group", "turn off every light except the bedside one, he sleeps with it on", off("ceil"))  # PA

# ---------------------------------------------------------------- mode
act("mode", "put the house in away mode now, we're off to Tenby", M("away"))  # W
act("mode", "change home mode to sleep", M("sleep"))  # IN
no("mode", "activate vacation mode", note="no such home mode")  # IN
act("mode", "set away mode, mi gone a work", M("away"))  # JM
act("mode", "switch the house back to home mode, eh", M("home"))  # CA
act("mode", "we're home, take it off away mode", M("home"))  # CA
act("mode", "set home mode to away", M("away"))  # ENG
act("mode", "sleep mode", M("sleep"),
    note="no device named: the home's sleep mode (TEST3.md)")  # SL
act("mode", "I'm leaving now, the owners asked me to put the house in away mode", M("away"))  # GU
act("mode", "turn off sleep mode, the kids are up", M("home"))  # PA

# ---------------------------------------------------------------- timer
act("timer", "turn the telly off in forty minutes", off("tv"), delay=2400)  # W
no("timer", "switch off the kettle now in a minute",
   note="Welsh 'now in a minute' = some time soon, no time given: nothing now (vague time)")  # W
act("timer", "switch off the AC after one hour", off("ac"), delay=3600)  # IN
act("timer", "in 15 minutes switch on the kettle", on("kettle"), delay=900)  # IN
act("timer", "close the curtains after 2 hours", CLOSE(), delay=7200)  # IN
act("timer", "prepone the AC switch off, do it after ten minutes only", off("ac"), delay=600,
    note="Indian English 'prepone' = bring forward; no timer is pending, the new time is given: off in 10 minutes")  # IN
act("timer", "turn off di bedside light in ten minutes", off("bulb"), delay=600)  # JM
act("timer", "shut the TV box off in half an hour, eh", off("box"), delay=1800)  # CA
act("timer", "in 90 seconds set bedroom air purifier to off", off("pur"), delay=90)  # ENG
act("timer", "turn the bedside bulb off in like twenty minutes", off("bulb"), delay=1200)  # SL
no("timer", "could you switch the tv off later", note="vague time: nothing now")  # GU
act("timer", "stop the music in 5 minutes, it's bedtime", sp("pause"), delay=300)  # PA

# ---------------------------------------------------------------- safety
no("safety", "turn on the fan in the bedroom now", note="no fan in the home")  # W
no("safety", "lock the back door, would you", note="no lock, no back door")  # W
no("safety", "turn on the", note="half sentence")  # W
ask("safety", "bedroom off now, please", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # W
no("safety", "switch on the inverter", note="no inverter (home battery backup) in the home")  # IN
ask("safety", "do one thing, switch it off", note="no target")  # IN
ask("safety", "please switch on light", LIGHTS)  # IN
no("safety", "switch on the AC in the bedroom", note="the only AC is in the living room")  # IN
no("safety", "open di gate fi mi nuh", note="no gate; opening is never done by voice")  # JM
no("safety", "wah gwaan", note="greeting")  # JM
no("safety", "switch on the light in the kitchen, nuh", note="no light in the kitchen")  # JM
no("safety", "turn up di heat inna di bedroom", note="nothing in the bedroom heats (the AC is in the living room)")  # JM
no("safety", "what's the score of the Leafs game", note="not about the home")  # CA
no("safety", "turn on the fireplace, eh", note="no fireplace")  # CA
no("safety", "turn on the TV box, actually no, forget it", note="take-back")  # CA
no("safety", "set bedside bulb brightness to 150 percent", note="out of range (1-100)")  # ENG
no("safety", "set television brightness to 50 percent", note="the TV has no brightness")  # ENG
no("safety", "set curtain volume to 20", note="the curtain has no volume")  # ENG
no("safety", "mmh", note="noise")  # SL
no("safety", "get the place ready for the guests, would you", note="names no scene, mode or device")  # W
ask("safety", "off. just off", note="no target")  # SL
ask("safety", "could you turn on the thing by the window", note="guest: names no device the home knows")  # GU
no("safety", "can you open the front door for me, my hands are full", note="a door sensor cannot open a door")  # GU
ask("safety", "can you turn it down a little", note="no target: lights, volume or the AC")  # GU
no("safety", "don't turn on the tv, he's had enough screen time", note="negation")  # PA
no("safety", "my son wants to know if you can turn into a dinosaur", note="chit-chat")  # PA
no("safety", "he wants you to make the speaker change colour", note="the speaker has no light")  # PA
