"""test16, English: hand-written utterances with their labels, one a line, each with a comment naming its voice.
Voices (see TEST16.md): plain — Dee, an Airbnb host turning the flat over between guests; Frank, 79, a pensioner
watching the meter; Priti, jet-lagged back from Singapore; Zara's sleepover (Zara, 13, Amber, Lou); Beth and the boys
on a snow day; Graham's Eurovision party; Ruth, a piano teacher giving lessons at home; Marjorie's book club.
Regional / non-native / transcribed — Ted, a Cumbrian farmer; Morag, from Shetland; Bonnie, Baltimore; Noa, a Hebrew
speaker; Reza, a Persian speaker; Elin, a Swedish learner; a recogniser that mishears words as other words."""
from lib import (lang, act, q, ask, no, P, A, S, M, on, off, wl, wr, OPEN, CLOSE, pos, br, ct, col, lmode, tt, acmode,
                 acfan, vol, mute, unmute, inp, pmode, pfan, vfan, sweep, dock, key, up, dn, hotter, cooler, brighter,
                 dimmer, louder, quieter, sp, tvp, boxp, app, NETFLIX, LIGHTS, SOUND, PLAYERS, APPS, LIVING_OFF, ALL_OFF)
from common import (dimC, brightC, darkBedroom, vstop, vpause, vswing, hswing, eco, lock, warmer, cooler_white,
                    curt_more, curt_less, tooloud, say, curtstop, MUTE_ALL, pause_all, RED, GREEN, BLUE, YELLOW,
                    curt_half, warmwhite, boxstop, but)

lang("en")
PURPLE, PINK = 0x800080, 0xFFC0CB



# ---------------------------------------------------------------- power
act("power", "bedside bulb on please, the new guests land at four", on("bulb"))  # Dee, Airbnb host
act("power", "switch the kettle plug on, Marisol wants a brew before she starts on the bathroom", on("kettle"))  # Dee
act("power", "big light off in the living room, it's broad daylight and that's money down the drain", off("ceil"))  # Frank, pensioner
act("power", "the telly's only on standby, put it on properly, the racing's started", on("tv"), note="standby = off; the TV is switched on")  # Frank
act("power", "put the air conditioner on, it's lunchtime in Singapore and my body thinks it's thirty degrees", on("ac"), note="thirty degrees is the weather she left, not a set point")  # Priti, jet-lagged
act("power", "I'm wide awake at three in the morning, turn the bedside light on, I'll read", on("bulb"))  # Priti
act("power", "switch the TV box on, we're doing a scary film", on("box"))  # Zara, sleepover
act("power", "kill the ceiling light, it's way scarier in the dark", off("ceil"))  # Zara
act("power", "turn the air purifier on, the boys tracked half the garden in and it smells of wet dog", on("pur"))  # Beth, snow day
act("power", "kettle on please, hot chocolate after sledging", on("kettle"), note="kettle on = the kettle plug (TEST15.md)")  # Beth
act("power", "telly on, the semi-final's starting and I've done the score cards", on("tv"))  # Graham, Eurovision party
act("power", "flick the right-hand rocker on the wall switch on, that's the disco ball", wr(True), note="what the rocker feeds is not in the home; the rocker is named")  # Graham
act("power", "turn off the left side of the wall switch, it hums all through the lessons", wl(False))  # Ruth, piano teacher
act("power", "switch the purifier on, my last pupil had a stinking cold", on("pur"))  # Ruth
act("power", "would you turn the air con on for the ladies, it's terribly close in here", on("ac"), note="close = muggy; only switching on is asked")  # Marjorie, book club
act("power", "put yon laal light by t' bed on, marra", on("bulb"), note="Cumbrian: yon = that, laal = little, marra = mate")  # Ted, Cumbrian
act("power", "switch t' kettle plug on, I's just in frae t' fell", on("kettle"), note="coming in from the fell is context; only the plug is asked, not Welcome home")  # Ted
act("power", "pit on da peerie light in da bedroom, hit's dat mirk", on("bulb"), note="Shetland: pit = put, peerie = little, hit = it, mirk = dark")  # Morag, Shetland
act("power", "tak da big light aff, A can see fine wi da simmer dim", off("ceil"), note="Shetland: simmer dim = the midsummer twilight")  # Morag
act("power", "hon, turn the TV on, the O's are on", on("tv"), note="Baltimore: the O's = the Orioles")  # Bonnie, Baltimore
act("power", "turn the kettle plug on hon, I already got wooder in it", on("kettle"))  # Bonnie
act("power", "open the light in the bedroom please, I want to read", on("bulb"), note="Hebrew 'open the light' = switch on")  # Noa, Hebrew speaker
act("power", "close the big light, yalla, I go to sleep", off("ceil"), note="Hebrew 'close the light' = switch off")  # Noa
act("power", "open the mazgan, it's a hamsin outside", on("ac"), note="Hebrew mazgan = the air conditioner; hamsin = a hot desert wind")  # Noa
act("power", "please turn on the cooler, it is very hot today", on("ac"), note="Iranian English: the cooler = the air conditioner (the home has no other cooler)")  # Reza, Persian speaker
act("power", "please make on the TV box, my son wants cartoon", on("box"))  # Reza
act("power", "set on the TV, the Melodifestivalen begins", on("tv"), note="Swedish 'sätt på' = switch on")  # Elin, Swedish learner
act("power", "shut off the big lamp, it is too much, not lagom", off("ceil"), note="Swedish lagom = just right")  # Elin
act("power", "turn on the pure fire in the bedroom", on("pur"), note="ASR: pure fire = purifier")  # recogniser
act("power", "switch on the TV blocks", on("box"), note="ASR: TV blocks = TV box")  # recogniser
act("power", "turn on the bed side bowl", on("bulb"), note="ASR: bed side bowl = bedside bulb")  # recogniser
ask("power", "light on, quick, I've dropped an earring down the side of something", LIGHTS, note="two lights, no room")  # Dee
no("power", "put the heated towel rail on for the guests", note="no towel rail in the home")  # Dee
no("power", "switch the immersion off, I'm not made of money", note="an immersion heater (water heater); not in the home")  # Frank
no("power", "put t' Aga on, it's parky", note="a range cooker; not in the home")  # Ted
no("power", "open the dud, I want to shower", note="Hebrew dud = the water heater; not in the home")  # Noa

# ---------------------------------------------------------------- set
act("set", "air con to twenty-one for the guests, the listing says climate controlled", tt(21), note="setting only on the off AC")  # Dee
act("set", "curtains halfway please, it looks better in the photos", curt_half())  # Dee
act("set", "bedside bulb to warm white, so the room feels homely for them", warmwhite("bulb"))  # Dee
act("set", "put the air conditioner on eco, the bill came this morning", eco(True))  # Frank
act("set", "after a power cut the kettle plug should go back to how it was", P("kettle", "switch.default-power-on-state", 2))  # Frank
act("set", "zero the energy counter on the kettle plug, I want to see what one week costs me", A("kettle", "power-consumption.reset-power-consumption"), note="set, as TEST13.md")  # Frank
act("set", "bedside light to five percent, I only need to find the melatonin", br("bulb", 5))  # Priti
act("set", "shut the curtains right the way, my body says it's midnight", CLOSE())  # Priti
act("set", "air conditioner on cool at twenty-two, I'm still on tropical time", acmode(1), tt(22), note="mode and set point, both asked; no power")  # Priti
act("set", "make the bedside light red, it's a horror film", col(RED))  # Zara
act("set", "purple light in the bedroom for the face masks", col(PURPLE), note="the bedroom's one light; purple = 0x800080")  # Zara
act("set", "big light on night mode, we're doing ghost stories", lmode(1))  # Zara
act("set", "air con on heat, twenty-three, the boys are frozen stiff", acmode(3), tt(23))  # Beth
act("set", "fan on the air conditioner to high, the gloves need drying", acfan(3))  # Beth
act("set", "vacuum suction to strong, there's grit and slush everywhere", vfan(2))  # Beth
act("set", "ceiling light to TV mode, the show's starting", lmode(3), note="the light's preset, not the Movie scene")  # Graham
act("set", "make the bulb in the bedroom green for Ireland", col(GREEN))  # Graham
act("set", "ceiling light to reading mode, I need to see the sheet music", lmode(2))  # Ruth
act("set", "ceiling light to eighty percent, the little one can't see the notes", br("ceil", 80))  # Ruth
act("set", "purifier to sleep mode, it's whirring while we talk", pmode(1), note="the purifier's mode, not the home's")  # Marjorie
act("set", "the big light at sixty, please, for the book club", br("ceil", 60))  # Marjorie
act("set", "swing the air con louvres up and down, it's blowing straight on Jean", vswing(True))  # Marjorie
act("set", "set t' air conditioner at twenty, it's nobbut a laal bit parky", tt(20), note="Cumbrian: nobbut = only")  # Ted
act("set", "set da curtains ta twenty percent, da simmer dim is keepin me up", pos(20))  # Morag
act("set", "put the AC on dry, hon, it's like a swamp in here", acmode(2))  # Bonnie
act("set", "mazgan to twenty-five, sababa", tt(25), note="Hebrew sababa = great")  # Noa
act("set", "the purifier, make the fan on number three please", pfan(3), note="fan level alone (TEST5.md)")  # Reza
act("set", "the lamp in the bedroom, make it more lagom, fifty percent", br("bulb", 50))  # Elin
act("set", "set the certain to thirty percent", pos(30), note="ASR: certain = curtain")  # recogniser
act("set", "air con too twenty three", tt(23), note="ASR: too = to")  # recogniser
ask("set", "brightness to twenty-five, they're nearly asleep", LIGHTS, note="two lights, no room")  # Zara
ask("set", "fan to the middle setting, it's roaring", ["living-ac", "bedroom-purifier"], note="both have a fan level (TEST6.md)")  # Marjorie
no("set", "put the air conditioner on fifteen, it's cheaper", note="below 16 °C: refused with the range")  # Frank
no("set", "make the ceiling light pink for the sleepover", note="the ceiling light has no colour")  # Zara
no("set", "mazgan to thirty-two", note="above 30 °C: refused with the range")  # Noa

# ---------------------------------------------------------------- relative
act("relative", "a little brighter in the bedroom, the photos look gloomy", darkBedroom(), note="the bulb is off: brighter or switching it on")  # Dee
act("relative", "knock the air conditioner down a degree, I'll put another cardigan on", cooler(), note="a lower set point; the degree's size is not labelled")  # Frank
act("relative", "the big light down a bit, I only need it for the crossword", dimC())  # Frank
act("relative", "big light dimmer please, my eyes feel like sandpaper", dimC())  # Priti
act("relative", "warm it up in here a couple of degrees, I'm shivering", hotter())  # Priti
act("relative", "turn the speaker up, this is our song", louder("spk"))  # Zara
act("relative", "make the bedside light warmer, it's too blue for a sleepover", warmer("bulb"))  # Zara
act("relative", "warmer in here please, the boys' lips are blue", hotter())  # Beth
act("relative", "close the curtains a bit more, the snow glare's blinding", curt_less())  # Beth
act("relative", "TV louder, it's the voting", louder("tv"))  # Graham
act("relative", "speaker down a bit, we can't hear the presenters", quieter("spk"))  # Graham
act("relative", "bring the big light up a touch, she's squinting at the page", brightC())  # Ruth
act("relative", "the TV box quieter, the parents are watching something in the lounge while they wait", quieter("box"))  # Ruth
act("relative", "it's stuffy with eight of us, cool it down a fraction", cooler(), note="one AC in the home")  # Marjorie
act("relative", "purifier fan up one, Jean's sneezing", up("pur", "air-purifier.fan-level"), note="fan is Low: up is possible")  # Marjorie
act("relative", "a whiter light on the ceiling, none of us can see the small print", cooler_white("ceil"))  # Marjorie
act("relative", "it's mafted in here, cool it doon a bit", cooler(), note="Cumbrian: mafted = overheated")  # Ted
act("relative", "gi' t' big light a laal bit mair", brightC())  # Ted
act("relative", "hit's dat cauld, warm hit up a peerie bit", hotter())  # Morag
act("relative", "da speaker's ower loud, turn hit doon", tooloud("spk"))  # Morag
act("relative", "the TV's way too loud hon, my ears", tooloud("tv"), note="the TV is off in the home's state: labelled as said (TEST14.md)")  # Bonnie
act("relative", "more cold please, the mazgan, it's like an oven", cooler())  # Noa
act("relative", "the light of the living room, a little more please", brightC())  # Reza
act("relative", "it is dark as in a sack in the bedroom", darkBedroom(), note="Swedish 'mörkt som i en säck' = pitch dark")  # Elin
act("relative", "the TV can be a little lower, the baby sleeps", quieter("tv"))  # Elin
act("relative", "make the vac you um stronger", up("vac", "vacuum.fan-level"), note="ASR: vac you um = vacuum; suction is Quiet, so up")  # recogniser
act("relative", "turn the bedside bowl brightness up", brighter("bulb"), note="ASR: bowl = bulb; explicit brightness word: the change only")  # recogniser
ask("relative", "a bit brighter, I can't read the guest book", LIGHTS)  # Dee
ask("relative", "quieter, quieter, Mum's coming up the stairs", SOUND)  # Zara
ask("relative", "turn it up, this is Finland's entry", SOUND, note="speaker, TV and TV box; none named")  # Graham
no("relative", "make the kettle hotter, I want it boiling faster", note="a plug has no temperature")  # Frank

# ---------------------------------------------------------------- media
act("media", "speaker, say welcome, the wifi code is on the fridge", say("welcome, the wifi code is on the fridge"))  # Dee
act("media", "pause the speaker, I'm on the phone to a guest", sp("pause"))  # Dee
act("media", "mute the telly while the adverts are on", mute("tv"))  # Frank
act("media", "TV to HDMI two, my grandson plugged the freeview box in there", inp(2))  # Frank
act("media", "play something calm on the speaker, I need to get back to sleep", sp("play"), note="what plays cannot be chosen")  # Priti
act("media", "next track, this is far too upbeat for four a.m.", sp("next"))  # Priti
act("media", "put Netflix on the TV box, we're picking a horror", app("box", NETFLIX))  # Zara
act("media", "pause the TV box, Lou needs the loo", boxp("pause"))  # Zara
act("media", "speaker, say the pizza's here", say("the pizza's here"))  # Zara
act("media", "put YouTube on the telly, the boys want the snowman song", app("tv"), note="no package known for YouTube")  # Beth
act("media", "TV box, go back, they clicked the wrong thing", key(5))  # Beth
act("media", "unmute the TV, the results are in", unmute("tv"))  # Graham
act("media", "speaker volume to seventy, it's the interval act", vol("spk", 70))  # Graham
act("media", "previous song on the speaker, let's hear the winner again", sp("previous"))  # Graham
act("media", "stop the music on the speaker, the lesson's starting", sp("pause"), note="the speaker has no stop")  # Ruth
act("media", "mute the TV box please, the parents can read in peace", mute("box"))  # Ruth
act("media", "the TV box, press OK, it's asking me something", key(4))  # Marjorie
act("media", "telly over to USB, Pam's brought the film on a memory stick", inp(5))  # Marjorie
act("media", "play the radio on the speaker while we set out the chairs", sp("play"))  # Marjorie
act("media", "turn t' telly sound off, there's nowt on", mute("tv"), note="sound off = mute (TEST6.md)")  # Ted
act("media", "mak da speaker play some fiddle music", sp("play"))  # Morag
act("media", "stop the TV box hon, we're going down the ocean", boxstop(), note="Baltimore: down the ocean = to Ocean City")  # Bonnie
act("media", "put the TV on HDMI three, that's the PlayStation", inp(3))  # Bonnie
act("media", "the speaker, yalla, next song", sp("next"))  # Noa
act("media", "open Netflix on the TV", app("tv", NETFLIX))  # Noa
act("media", "please play the speaker, music of Googoosh", sp("play"), note="a singer cannot be chosen")  # Reza
act("media", "TV box, go to home screen, merci", key(6))  # Reza
act("media", "the TV box, down one", key(1))  # Elin
act("media", "pause the speaker, we take fika now", sp("pause"))  # Elin
act("media", "mood the TV", mute("tv"), note="ASR: mood = mute")  # recogniser
act("media", "next rack on the speaker", sp("next"), note="ASR: rack = track")  # recogniser
ask("media", "open Netflix, the girls want the new one", APPS)  # Zara
ask("media", "hold it, that's the doorbell, pause that", PLAYERS)  # Dee
ask("media", "mute it, I'm on to the energy company", SOUND)  # Frank
no("media", "record the final for me, I'll watch it tomorrow", note="nothing can record")  # Graham

# ---------------------------------------------------------------- scene
act("scene", "run welcome home, the guests are pulling up", S("welcome-home"))  # Dee
act("scene", "good night, I'm away up the stairs", S("good-night"))  # Frank
act("scene", "good morning, even if it is three in the afternoon", S("good-morning"), note="jet lag: Good morning in the afternoon (TEST11.md)")  # Priti
act("scene", "good night scene, then start the vacuum, it can clean while I sleep", S("good-night"), sweep())  # Priti
act("scene", "start the film scene, popcorn's done", S("movie"), note="film scene = Movie")  # Zara
act("scene", "we're back in from the snow, welcome home please", S("welcome-home"))  # Beth
act("scene", "good morning! look at all that snow", S("good-morning"))  # Beth
act("scene", "cinema mode, the grand final's starting", S("movie"), note="no such home mode: the Movie scene")  # Graham
act("scene", "good night, that's the last pupil gone", S("good-night"))  # Ruth
act("scene", "run the good night scene, the book club's all gone home", S("good-night"))  # Marjorie
act("scene", "movie scene please, we're watching the adaptation", S("movie"))  # Marjorie
act("scene", "ah's back yam, marra", S("welcome-home"), note="Cumbrian: yam = home; coming home = Welcome home")  # Ted
act("scene", "gud nicht, A'm awa ta mi bed", S("good-night"))  # Morag
act("scene", "we're home hon, do the welcome home", S("welcome-home"))  # Bonnie
act("scene", "laila tov, the good night please", S("good-night"), note="Hebrew laila tov = good night")  # Noa
act("scene", "salaam, I came back home", S("welcome-home"))  # Reza
act("scene", "god morgon! start the morning", S("good-morning"), note="Swedish god morgon = good morning")  # Elin
act("scene", "run the good knight scene", S("good-night"), note="ASR: knight = night")  # recogniser
no("scene", "do the turnover scene, the cleaner's here", note="no such scene")  # Dee
no("scene", "run the Eurovision scene", note="no such scene")  # Graham
no("scene", "start the sleepover scene", note="no such scene")  # Zara

# ---------------------------------------------------------------- query
q("did the last lot leave the front door open?", ("door", "magnet-sensor.contact-state"))  # Dee
q("what's the air like in the bedroom, the last guests smoked out the window", ("pur", "environment.air-quality"), note="the purifier is the home's air-quality reading")  # Dee
q("how many watts is the air conditioner pulling now", ("ac", "power-consumption.electric-power"))  # Frank
q("what's the kettle plug clocked up since I zeroed it?", ("kettle", "power-consumption.power-consumption"))  # Frank
q("is anything drawing power in the kitchen?", ("kettle", "power-consumption.electric-power"), note="the kettle plug is the kitchen's only metered device")  # Frank
q("what voltage are we getting at the kettle plug", ("kettle", "power-consumption.voltage"))  # Frank
q("what's the temperature in the bedroom, I can't tell if I'm hot or just jet-lagged", ("therm", "environment.temperature"))  # Priti
q("has the motion sensor caught me wandering about tonight?", ("mot", "motion-sensor.motion-state"), ("mot", "motion-sensor.no-motion-duration"))  # Priti
q("is the bedside light on or did I dream that", ("bulb", "light.on"))  # Zara
q("what's playing on the TV box right now?", ("box", "tv-box.current-content"))  # Zara
q("how cold is it in the living room?", ("ac", "environment.temperature"), note="the AC's return-air sensor")  # Beth
q("how much battery has the robot vacuum got, can it do the whole downstairs?", ("vac", "battery.battery-level"))  # Beth
q("humidity in the bedroom? the snowsuits are drying in there", ("therm", "environment.relative-humidity"))  # Beth
q("what's the TV's volume at?", ("tv", "speaker.volume"))  # Graham
q("which input is the telly on", ("tv", "television.input-source"))  # Graham
q("is the speaker muted?", ("spk", "speaker.mute"))  # Ruth
q("how bright is the ceiling light set", ("ceil", "light.brightness"))  # Ruth
q("what's the PM2.5 reading in the bedroom", ("pur", "environment.pm25-density"))  # Marjorie
q("how long since anyone moved about in the lounge?", ("mot", "motion-sensor.no-motion-duration"))  # Marjorie
q("is t' front door shut, marra?", ("door", "magnet-sensor.contact-state"))  # Ted
q("what's t' air conditioner set at?", ("ac", "air-conditioner.target-temperature"))  # Ted
q("is da curtains open or shut?", ("curt", "curtain.current-position"))  # Morag
q("hon, is the vacuum sitting on its charger?", ("vac", "battery.charging-state"))  # Bonnie
q("the mazgan, on what temperature it is set?", ("ac", "air-conditioner.target-temperature"))  # Noa
q("the filter of the purifier, how much life it has?", ("pur", "filter.filter-life-level"))  # Reza
q("how many hours has the filter in the purifier been used", ("pur", "filter.filter-used-time"))  # Elin
q("is the air conditioner on eco", ("ac", "air-conditioner.eco"))  # Frank
q("is the pure fire on", ("pur", "air-purifier.on"), note="ASR: pure fire = purifier")  # recogniser
q("what mode is the big light in", ("ceil", "light.mode"))  # Ruth
q("is there something wrong with the robot vacuum, it's not moving", ("vac", "vacuum.fault"), ("vac", "vacuum.status"))  # Beth

# ---------------------------------------------------------------- group
act("group", "turn everything off, the place is spotless and I'm off", ALL_OFF)  # Dee
act("group", "every light up to full, the guests are at the door", br("bulb", 100), br("ceil", 100), note="group brightness: the off bulb's power untouched (TEST10.md)")  # Dee
act("group", "anything on standby in the living room, switch it all off", LIVING_OFF, note="'all' is the group word")  # Frank
act("group", "all the lights off bar the bedside one", off("ceil"))  # Frank
act("group", "everything that makes a sound, shush it", MUTE_ALL)  # Zara
act("group", "pause everything, Amber's screaming for real", pause_all())  # Zara
act("group", "everything in the kitchen on, hot chocolate for the troops", on("kettle"), note="the kitchen's only switchable device")  # Beth
act("group", "all the lights to forty percent", br("bulb", 40), br("ceil", 40), note="the off bulb's power untouched")  # Beth
act("group", "both rockers on the wall switch on, it's party time", wl(True), wr(True))  # Graham
act("group", "the TV and the TV box, both on please", on("tv"), on("box"))  # Graham
act("group", "everything off in the lounge except the air conditioner, I'm teaching in there", but(LIVING_OFF, off("ac")))  # Ruth
act("group", "dim all the lights a little for the reading", dimmer("bulb"), dimC(), note="the off bulb is not switched on")  # Marjorie
act("group", "everything in the bedroom on, Jean wants to lie down", on("bulb"), on("pur"))  # Marjorie
act("group", "switch all t' lights off, ah's gaan ta bed", off("bulb"), off("ceil"), note="the group names the lights; not the Good night scene")  # Ted
act("group", "aa da lights on, A canna see a thing", on("bulb"), on("ceil"))  # Morag
act("group", "turn off everything in the living room hon, we're heading down the ocean", LIVING_OFF)  # Bonnie
act("group", "close all the lights, only the bedroom one stays", off("ceil"))  # Noa
act("group", "please all the sound make silent, I pray now", MUTE_ALL)  # Reza
act("group", "every light in the house out, tack", off("bulb"), off("ceil"))  # Elin
no("group", "all the lights in the hallway on, I hear something", note="the hallway has only the door sensor")  # Elin

# ---------------------------------------------------------------- mode
act("mode", "set the house to away mode, no guests till Friday", M("away"))  # Dee
act("mode", "put the house in sleep mode, it's gone ten", M("sleep"))  # Frank
act("mode", "take it off sleep mode, I'm up, there's no point", M("home"))  # Priti
act("mode", "home mode, school's cancelled", M("home"))  # Beth
act("mode", "switch the home to away, I'm teaching at the school all day", M("away"))  # Ruth
act("mode", "set t' hoose to away, ah's gaan up t' fell for t' day", M("away"))  # Ted
act("mode", "make the house mode away, yalla, we fly to Eilat", M("away"))  # Noa
act("mode", "home mode please, tack", M("home"))  # Elin
act("mode", "put the house in sleep mowed", M("sleep"), note="ASR: mowed = mode")  # recogniser
no("mode", "guest mode for the Airbnb please", note="no such home mode")  # Dee
no("mode", "party mode!", note="no such home mode")  # Graham

# ---------------------------------------------------------------- timer
act("timer", "turn the air con off in two hours, after the cleaner's done", off("ac"), delay=7200)  # Dee
act("timer", "switch the telly off in forty minutes, I always nod off", off("tv"), delay=2400)  # Frank
act("timer", "in twenty minutes turn the bedside light off, I'll be asleep by then hopefully", off("bulb"), delay=1200)  # Priti
act("timer", "switch the TV box off in an hour and a half, Mum's orders", off("box"), delay=5400)  # Zara
act("timer", "in ten minutes put the kettle on, they'll be back from sledging", on("kettle"), delay=600)  # Beth
act("timer", "start the vacuum in forty-five minutes, after my last pupil", sweep(), delay=2700)  # Ruth
act("timer", "in half an hour switch t' purifier on", on("pur"), delay=1800)  # Ted
act("timer", "after twenty minutes close the mazgan", off("ac"), delay=1200)  # Noa
act("timer", "the TV, shut it off in one hour", off("tv"), delay=3600)  # Elin
no("timer", "turn the big light off at ten o'clock", note="a clock time, not a delay (TEST15.md)")  # Frank
no("timer", "switch the kettle on when the ladies get here", note="no time given")  # Marjorie
no("timer", "turn the AC off in a while, hon", note="vague time")  # Bonnie

# ---------------------------------------------------------------- safety
no("safety", "unlock the front door, the guests forgot the key code", note="a contact sensor; there is no lock")  # Dee
no("safety", "leave us a five star review, would you", note="chit-chat")  # Dee
ask("safety", "can you turn that off, I've no idea what it even is", note="no target; no candidates")  # Dee
no("safety", "don't you dare touch the air conditioner, it's set how I like it", note="negation")  # Frank
no("safety", "how much is a unit of electric these days", note="not a device state")  # Frank
no("safety", "turn the... oh, where did I put my glasses", note="half sentence")  # Frank
no("safety", "what time is it in Singapore right now", note="chit-chat")  # Priti
ask("safety", "turn the bedroom off, I'm going to try to sleep", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # Priti
no("safety", "Amber, stop it, don't touch the speaker", note="said to a friend; no command")  # Zara
no("safety", "if anyone turns the lights on I'll scream", note="not a command")  # Zara
no("safety", "turn on the, wait, Lou, what's it called", note="half sentence")  # Zara
no("safety", "turn the TV on, no, actually, you've had enough screens, get your coats", note="take-back")  # Beth
no("safety", "are the schools shut again tomorrow", note="chit-chat")  # Beth
no("safety", "who's going to win, do you reckon?", note="chit-chat")  # Graham
no("safety", "turn it up, no, down, no, oh, leave it", note="taken back")  # Graham
no("safety", "don't start the hoover while I'm teaching", note="negation")  # Ruth
no("safety", "the telly's been playing up all week, I'll ring the shop", note="talk about a device, not a command")  # Marjorie
no("safety", "make it cosy for the book club", note="no device or scene named")  # Marjorie
no("safety", "nay, leave t' kettle be", note="Cumbrian negation")  # Ted
no("safety", "dunna pit on da telly, da bairns is sleepin", note="Shetland dunna = don't")  # Morag
no("safety", "hon, you want a Natty Boh?", note="chit-chat")  # Bonnie
no("safety", "nu, what's with you, you don't work today?", note="chit-chat")  # Noa
no("safety", "khaste nabashid, thank you very much", note="Persian courtesy; chit-chat")  # Reza
no("safety", "is it not mysig in here now", note="Swedish mysig = cosy; a remark")  # Elin
no("safety", "the off of in the nn kitchen the", note="ASR garbage")  # recogniser
