"""test12, English: hand-written, one utterance a line, each with a comment naming its voice.

Plain voices (about two thirds): Priya and Sam with newborn Rosie, up at night; Jonno, Kasia and Dev, flatmates
sharing one living room; Geoff on the sofa after a knee operation; Margot, a guest staying a week who knows no device
names; a hot night with a thunderstorm; Brenda's spring cleaning; the football final on TV; the Chans' Mid-Autumn
festival; Carol on her daughter's wedding morning.
Regional / non-native (about one third): Sandra from Birmingham (Brummie), Dave from Bristol, Kayden from London
(Multicultural London English), Sal from New York, Agnieszka (Polish learner), Mathieu (Quebec French learner),
Giulia (Italian learner from Naples).
"""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("en")

# ---------------------------------------------------------------- power (34)
act("power", "switch the bedside light on, she's waking up for a feed", on("bulb"))  # newborn: Sam, 3 am
act("power", "can you turn the bedside light off now, she's gone back down", off("bulb"))  # newborn: Priya
act("power", "put the kettle on, I need to make up a bottle", on("kettle"))  # newborn: Sam
act("power", "turn the telly off, nobody's even watching it", off("tv"),
    note="the TV is already off in the home's state; labelled as said")  # flatmates: Kasia
act("power", "switch the tv box on, it's my night for the remote", on("box"))  # flatmates: Jonno
act("power", "turn the air con on, the living room's like an oven", on("ac"),
    note="only switches the AC on; no setting is named (TEST9.md)")  # flatmates: Dev
act("power", "I can't get up with this knee, turn the big light off for me", off("ceil"))  # knee: Geoff
act("power", "switch the kettle on would you, the wife's bringing the cups through", on("kettle"))  # knee: Geoff
act("power", "turn the purifier on in the bedroom, I'll be stuck in bed all afternoon", on("pur"))  # knee: Geoff
act("power", "could you turn on the little lamp by my bed for me", on("bulb"))  # guest: Margot
act("power", "the tv in the living room, could you switch it on, the remote's got me beat", on("tv"))  # guest: Margot
act("power", "turn the air conditioner off, there's lightning everywhere", off("ac"))  # thunderstorm night
act("power", "the kettle plug, switch it off till the storm passes", off("kettle"))  # thunderstorm night
act("power", "start the robot vacuum, I've put all the chairs up", sweep())  # spring cleaning: Brenda
act("power", "turn the air purifier on, there's dust flying everywhere", on("pur"))  # spring cleaning: Brenda
act("power", "tv on, kick off's in ten minutes", on("tv"),
    note="'in ten minutes' is when the match starts, not a delay: the TV goes on now")  # football final: Dev
act("power", "turn the ceiling light on, we need proper light for the makeup", on("ceil"),
    note="already on in the home's state; labelled as said")  # wedding morning: Carol
act("power", "flick the right hand rocker on the wall switch on please", wr(True))  # wedding morning: Carol
act("power", "left side of the wall switch, knock it off", wl(False))  # flatmates: Jonno
act("power", "switch the living room light off so we can see the moon better", off("ceil"))  # Mid-Autumn: the Chans
ask("power", "light on, quick, she's spat up everywhere", LIGHTS,
    note="two lights and no room named")  # newborn: Priya
no("power", "switch on the fan in my room please, it's stuffy", note="no fan in the home")  # guest: Margot
no("power", "turn on the dehumidifier, it's so muggy tonight",
   note="no dehumidifier; the AC's Dry mode is not named")  # thunderstorm night
no("power", "don't switch the tv off, I'm still watching the cricket")  # knee: Geoff
act("power", "turn the big light off bab, the babby's asleep", off("ceil"))  # Brummie: Sandra
act("power", "put the kettle on for us bab, I'm gasping", on("kettle"))  # Brummie: Sandra (gasping = dying for a tea)
act("power", "turn the telly on my luvver, the cricket's on", on("tv"))  # Bristol: Dave
act("power", "bruv switch on the tv box, man's tryna watch something", on("box"))  # MLE: Kayden
act("power", "turn off the air con fam it's bare cold in here", off("ac"))  # MLE: Kayden (bare = very)
act("power", "shut off the tv, the game's a blowout, I'm done", off("tv"))  # New York: Sal
act("power", "please, light the light in bedroom", on("bulb"),
    note="Polish 'zapal swiatlo' = switch the light on")  # Polish learner: Agnieszka
act("power", "extinguish the light in living room, please", off("ceil"),
    note="Polish 'zgas swiatlo' = switch the light off")  # Polish learner: Agnieszka
act("power", "close the purifier in the bedroom, it makes too much noise", off("pur"),
    note="Quebec French 'fermer' = switch off")  # Quebec: Mathieu
act("power", "open the light of the bedroom, I cannot see nothing", on("bulb"),
    note="southern Italian 'aprire la luce' = switch on")  # Italian learner: Giulia

# ---------------------------------------------------------------- set (34)
act("set", "bedside light to five percent, just enough to see the nappy", br("bulb", 5))  # newborn: Priya
act("set", "bedside light to the warmest white it goes", ct("bulb", 1700))  # newborn: Sam
act("set", "air purifier on sleep mode, it's too loud for her", pmode(1))  # newborn: Priya
act("set", "set the air con to twenty three, and nobody touch it", tt(23))  # flatmates: Kasia
act("set", "ac to twenty six, I'm paying the electric too", tt(26))  # flatmates: Jonno
act("set", "put the tv on hdmi 3, my laptop's plugged in there", inp(3))  # flatmates: Dev
act("set", "curtains halfway please, the sun's right in my eyes", curt_half())  # knee: Geoff
act("set", "ceiling light to reading mode, I've got a stack of books here", lmode(2))  # knee: Geoff
act("set", "air conditioner on heat, my leg goes stiff in the cold", acmode(3))  # knee: Geoff
act("set", "could the lamp by my bed be blue, my niece is asking", col(BLUE),
    note="a polite request, not a question about what it can do")  # guest: Margot
act("set", "air con fan on high my luvver, it's gert close tonight", acfan(3))  # Bristol: Dave (close = muggy)
act("set", "robot vacuum on turbo, the rug's full of dog hair", vfan(3))  # spring cleaning: Brenda
act("set", "air purifier fan on high while we dust", pfan(3),
    note="fan level alone (TEST5.md); switching to manual mode too is arguable")  # spring cleaning: Brenda
act("set", "open the curtains all the way, let's see the dust properly", OPEN(),
    note="already open in the home's state; labelled as said")  # spring cleaning: Brenda
act("set", "ceiling light to tv mode for the match", lmode(3))  # football final: Dev
act("set", "air con to dry mode, it's sweaty with six of us in here", acmode(2))  # football final: Jonno
act("set", "set the bedside light to yellow like the moon", col(YELLOW))  # Mid-Autumn: the Chans
act("set", "ceiling light brightness to a hundred, the photographer's here", br("ceil", 100))  # wedding: Carol
act("set", "ceiling light to the coolest white it does, for the photos", ct("ceil", 6500))  # wedding: Carol
act("set", "put eco on the air conditioner, the door's going to be open all morning", eco(True))  # wedding: Carol
act("set", "lock the buttons on the air purifier, the grandkids are coming", lock(True))  # knee: Geoff
ask("set", "set the brightness to 45", LIGHTS, note="two lights, none named")  # flatmates: Kasia
no("set", "air con to fifteen degrees, it's that sticky", note="below the 16-30 range: refused")  # thunderstorm
no("set", "set the kettle to descale mode", note="a plug has no such mode")  # spring cleaning: Brenda
no("set", "make the ceiling light red for the lanterns", note="the ceiling light has no colour")  # Mid-Autumn
act("set", "set the air con to twenty one bab, I'm nesh but not that nesh", tt(21))  # Brummie (nesh = feels the cold)
act("set", "curtains to about a quarter open, it's gert bright out", pos(25))  # Bristol: Dave (gert = very)
act("set", "put the bedside light on purple fam, it's peng", col(0x800080),
    note="purple = 0x800080 (TEST11.md); 'put ... on purple' is a colour, the power is not asked")  # MLE: Kayden
act("set", "set the AC to cool, it's mad hot in here", acmode(1))  # New York: Sal (mad = very)
act("set", "swing the AC side to side, it's mad humid tonight", hswing(True))  # New York: Sal
act("set", "please, temperature in air conditioner twenty two and half", tt(22.5))  # Polish learner
act("set", "put the ceiling light at thirty percent là, for the souper", br("ceil", 30))  # Quebec: Mathieu
act("set", "the purifier put it in automatic, allora", pmode(0))  # Italian learner: Giulia
act("set", "the vacuum, the power put it to standard, is too much noise", vfan(1),
    note="'the power' of a vacuum = its suction")  # Italian learner: Giulia

# ---------------------------------------------------------------- relative (29)
act("relative", "bedside light a bit dimmer, she's dozing off", dimmer("bulb"),
    note="explicit brightness word: the change only, the off bulb is not switched on")  # newborn: Sam
act("relative", "turn the bedroom purifier down a notch", dn("pur", "air-purifier.fan-level"),
    note="down a notch on a purifier = its fan level (already the lowest: labelled as said)")  # newborn: Priya
act("relative", "it's freezing, bump the air con up a couple of degrees", hotter())  # flatmates: Kasia
act("relative", "the big light's too harsh, knock it down a bit", dimC())  # flatmates: Jonno
act("relative", "let a bit more light in through the curtains", curt_more(),
    note="the curtain is fully open already; labelled as said")  # knee: Geoff
act("relative", "I'm roasting under this blanket, cool it down a touch", cooler(),
    note="one AC: a cooler set point")  # knee: Geoff
act("relative", "the little lamp's too bright for reading, can it go a bit lower", dimmer("bulb"))  # guest: Margot
act("relative", "turn the air conditioner fan up, it's so close tonight", up("ac", "fan-control.fan-level"))  # storm
act("relative", "curtains in a bit, the lightning's flashing right in", curt_less())  # thunderstorm night
act("relative", "more suction on the hoover bab, the dog's moulted everywhere", up("vac", "vacuum.fan-level"))  # Brummie: Sandra
act("relative", "living room's too dark, bring the light up a bit", brightC())  # football final: Dev
act("relative", "bedside light warmer please, it's making her look pale", warmer("bulb"))  # wedding: Carol
act("relative", "make the ceiling light a cooler white", cooler_white("ceil"))  # wedding: photographer
act("relative", "dim the living room light, we want to see the lanterns glow", dimC())  # Mid-Autumn: the Chans
act("relative", "too warm in here for the baby, drop the air con a degree", cooler())  # newborn: Priya
ask("relative", "a bit brighter, can't see the cards", LIGHTS, note="two lights, none named")  # flatmates: Dev
ask("relative", "louder louder, it's going to penalties", SOUND,
    note="speaker, TV and TV box can all be louder; the TV is the likely one but none is named")  # football final
no("relative", "can you turn the bedroom thermometer down a bit", note="a sensor: nothing to turn down")  # storm
no("relative", "make the tv a bit brighter, the picture's dull", note="the TV has no brightness")  # guest: Margot
act("relative", "it's nippy, turn the heat up a bit bab", hotter(),
    note="'the heat' with no room: the only AC")  # Brummie: Sandra
act("relative", "that big light's gert bright, turn it down a bit", dimC())  # Bristol: Dave
act("relative", "turn the speaker up still, this tune's hard", louder("spk"))  # MLE: Kayden
act("relative", "bit less cold on the air con fam", hotter(),
    note="less cold = a warmer set point")  # MLE: Kayden
act("relative", "crank the AC colder, it's a sauna in here", cooler())  # New York: Sal
act("relative", "please, make the light in bedroom more strong", brighter("bulb"))  # Polish learner
act("relative", "in bedroom is little bit dark, I cannot find my glasses", darkBedroom())  # Polish learner
act("relative", "the tv box, more low the sound là", quieter("box"))  # Quebec: Mathieu
act("relative", "the music is too strong, mamma mia", tooloud("spk"),
    note="Italian 'forte' = loud; music is the speaker's")  # Italian learner: Giulia
act("relative", "the curtains, close a little, there is too much sun", curt_less())  # Italian learner: Giulia

# ---------------------------------------------------------------- media (34)
act("media", "mute the tv, she's only just gone off", mute("tv"))  # newborn: Priya
act("media", "speaker volume down to ten", vol("spk", 10))  # newborn: Sam
act("media", "pause the tv box, she's crying again", boxp("pause"))  # newborn: Sam
act("media", "next track on the speaker, whose playlist is this", sp("next"))  # flatmates: Kasia
act("media", "open netflix on the tv box, we're starting the series tonight", app("box", NETFLIX))  # flatmates
act("media", "go back a song on the speaker, I missed the chorus", sp("previous"))  # flatmates: Jonno
act("media", "turn the telly up to thirty, I can't hear them from the sofa", vol("tv", 30))  # knee: Geoff
act("media", "please, on tv box press the OK", key(4))  # Polish learner: Agnieszka
act("media", "hit back on the tv box, wrong programme", key(5))  # knee: Geoff
act("media", "could you take the box under the telly back to its home screen", key(6))  # guest: Margot
act("media", "play some music on the speaker please, it's very quiet in here", sp("play"))  # guest: Margot
act("media", "speaker, say the power might go off, charge your phones",
    say("the power might go off, charge your phones"))  # thunderstorm night
act("media", "unmute the tv, I want to hear the weather warning", unmute("tv"),
    note="the TV is not muted in the home's state; nothing new may be sent")  # thunderstorm night
act("media", "tv volume to fifty, here we go", vol("tv", 50))  # football final: Dev
act("media", "switch the tv over to hdmi one, the sports box is on that", inp(1))  # football final: Dev
act("media", "mute the speaker, we want the commentary", mute("spk"))  # football final: Jonno
act("media", "pause the tv, half time, kettle break", tvp("pause"))  # football final: Kasia
act("media", "put the music back on on the speaker, I'm doing the skirting boards", sp("play"))  # spring cleaning
act("media", "switch the tv back to normal tv, the moon festival gala's on", inp(0))  # Mid-Autumn: the Chans
act("media", "make the speaker say the cars are here", say("the cars are here"))  # wedding morning: Carol
act("media", "play the music on the speaker again, the bridesmaids want to dance", sp("play"))  # wedding morning
ask("media", "pause it, someone's at the door", PLAYERS, note="three players, none named")  # flatmates: Dev
ask("media", "mute it during the adverts", SOUND, note="speaker, TV and TV box can mute; none named")  # final
ask("media", "put youtube on for the kids", APPS, note="the TV and the TV box both launch apps")  # guest: Margot
no("media", "play music on the robot vacuum", note="the vacuum plays nothing")  # spring cleaning: Brenda
no("media", "skip to the next channel on the tv", note="the TV has no next or channel action")  # Mid-Autumn
act("media", "put the telly on mute bab, the babby's kipping", mute("tv"))  # Brummie: Sandra
act("media", "where's the netflix to on the telly, put it on", app("tv", NETFLIX),
    note="Bristolian 'where's it to' = where is it")  # Bristol: Dave
act("media", "skip this one fam it's dead", sp("next"), note="only the speaker has next")  # MLE: Kayden
act("media", "pause the tv box man's getting food", boxp("pause"))  # MLE: Kayden
act("media", "put the TV on HDMI two, my Xbox, deadass", inp(2))  # New York: Sal
act("media", "please, the speaker, play again the music", sp("play"))  # Polish learner
act("media", "close the sound of the tv, the baby sleeps là", mute("tv"),
    note="'close the sound' (fermer le son) = mute")  # Quebec: Mathieu
act("media", "stop the tv box, we go to eat", A("box", "tv-box.stop", alt=[boxp("pause")]))  # Italian learner

# ---------------------------------------------------------------- scene (19)
act("scene", "good night, fingers crossed she sleeps through", S("good-night"))  # newborn: Priya
act("scene", "movie time, everyone grab a seat", S("movie"))  # flatmates: Kasia
act("scene", "run good morning, I'm staying put in bed though", S("good-morning"))  # knee: Geoff
act("scene", "run the welcome home one, I'm back from the shops", S("welcome-home"))  # guest: Margot
act("scene", "we're off to bed, the storm's finally passed", S("good-night"))  # thunderstorm night
act("scene", "good morning scene, then we start on the windows", S("good-morning"))  # spring cleaning: Brenda
act("scene", "put the movie scene on, the final's starting", S("movie"))  # football final: Dev
act("scene", "we're all home for the festival, run welcome home", S("welcome-home"))  # Mid-Autumn: the Chans
act("scene", "good morning everyone, it's the big day", S("good-morning"))  # wedding morning: Carol
act("scene", "we're back from the reception, welcome us home", S("welcome-home"))  # wedding night: Carol
act("scene", "morning already? fine, good morning", S("good-morning"))  # newborn: Sam
no("scene", "start the wedding scene", note="no such scene")  # wedding morning: bridesmaid
no("scene", "kick off the house party scene, people are coming over", note="no such scene")  # flatmates: Jonno
act("scene", "tara-a-bit, I'm off up the wooden hill, good night", S("good-night"))  # Brummie (up the wooden hill = to bed)
act("scene", "I'm home babber, do the welcome home thing", S("welcome-home"))  # Bristol: Dave
act("scene", "movie mode fam, the mandem are here", S("movie"), note="movie mode = the Movie scene (TEST3.md)")  # MLE
act("scene", "I'm hittin' the sack, good night", S("good-night"))  # New York: Sal
act("scene", "bonne nuit, I go to bed", S("good-night"))  # Quebec: Mathieu
act("scene", "good morning, is time for work, make the morning", S("good-morning"))  # Polish learner

# ---------------------------------------------------------------- query (29)
q("how warm is the bedroom, is it okay for her", ("therm", "environment.temperature"))  # newborn: Priya
q("in the bedroom, the humidity, how much is it?", ("therm", "environment.relative-humidity"))  # Italian learner: Giulia
q("did someone leave the front door open", ("door", "magnet-sensor.contact-state"))  # newborn: Sam
q("who left the kettle on, is it still on", ("kettle", "switch.on"))  # flatmates: Kasia
q("how much power is the kettle pulling right now", ("kettle", "power-consumption.electric-power"))  # flatmates: Dev
q("how much energy has the kettle plug used", ("kettle", "power-consumption.power-consumption"),
  note="energy since the last reset")  # flatmates: Jonno
q("is the robot vacuum finished or still going", ("vac", "vacuum.status"))  # knee: Geoff
q("what temperature is the air con set to", ("ac", "air-conditioner.target-temperature"))  # knee: Geoff
q("the tv, it's still open là?", ("tv", "television.on"), note="Quebec 'open' = on")  # Quebec: Mathieu
q("is the lamp in my room on or off", ("bulb", "light.on"))  # guest: Margot
q("what's playing on the box under the telly", ("box", "tv-box.current-content"))  # guest: Margot
q("what's the temperature in the living room right now", ("ac", "environment.temperature"))  # thunderstorm night
q("what's the voltage on the kettle plug, the lights flickered", ("kettle", "power-consumption.voltage"))  # storm
q("is the door in the hallway shut, the wind's howling", ("door", "magnet-sensor.contact-state"))  # storm
q("how's the air quality in the bedroom after all that dust", ("pur", "environment.air-quality"))  # spring cleaning
q("how much life is left on the purifier filter", ("pur", "filter.filter-life-level"))  # spring cleaning: Brenda
q("how much battery has the robot vacuum got", ("vac", "battery.battery-level"))  # spring cleaning: Brenda
q("what's on the tv right now", ("tv", "television.current-content"))  # football final
q("are the living room curtains open", ("curt", "curtain.current-position"))  # Mid-Autumn: the Chans
q("how long has the front door been open, it's letting the cold in", ("door", "magnet-sensor.open-duration"))  # wedding
q("is it light enough in the living room for photos", ("mot", "motion-sensor.illumination"),
  note="the room's light level, which the motion sensor measures")  # wedding: photographer
q("is the big light still on bab", ("ceil", "light.on"))  # Brummie: Sandra
q("where's the robot hoover to, is it charging", ("vac", "battery.charging-state"))  # Bristol: Dave
q("what's the pm2.5 in the bedroom fam", ("pur", "environment.pm25-density"))  # MLE: Kayden
q("yo is the AC even on", ("ac", "air-conditioner.on"))  # New York: Sal
q("how loud is the speaker set", ("spk", "speaker.volume"))  # New York: Sal
q("please, how much is temperature in bedroom", ("therm", "environment.temperature"))  # Polish learner
q("the purifier, it's in which mode là", ("pur", "air-purifier.mode"))  # Quebec: Mathieu
q("somebody is in the living room? the sensor sees something?", ("mot", "motion-sensor.motion-state"))  # Italian

# ---------------------------------------------------------------- group (19)
act("group", "turn off all the lights, she's finally down", off("bulb"), off("ceil"))  # newborn: Priya
act("group", "everything in the living room off, I'm last up", LIVING_OFF)  # flatmates: Kasia
act("group", "turn all the lights on, I need to see where the crutches are", on("bulb"), on("ceil"))  # knee
act("group", "switch off everything in the bedroom please, I'm heading out", off("bulb"), off("pur"),
    note="the thermometer cannot be switched")  # guest: Margot
act("group", "turn everything off, the storm's right overhead", ALL_OFF)  # thunderstorm night
act("group", "all the lights to full brightness, I want to see every speck", br("bulb", 100), br("ceil", 100),
    note="group brightness leaves the off bulb's power alone")  # spring cleaning: Brenda
act("group", "mute everything except the tv, we want the commentary", mute("spk"), mute("box"))  # football final
act("group", "pause everything that's playing, half time", pause_all())  # football final: Kasia
act("group", "switch off all the lights, we're watching the moon", off("bulb"), off("ceil"))  # Mid-Autumn
act("group", "everything in the kitchen off, we're all leaving for the church", off("kettle"),
    note="everything in the kitchen = the kettle plug (the vacuum has no power switch)")  # wedding: Carol
act("group", "turn off every light apart from the bedside one", off("ceil"))  # wedding: Carol
act("group", "both switches on the wall, turn them on", wl(True), wr(True))  # flatmates: Dev
no("group", "turn off all the lights in the kitchen", note="the kitchen has no light")  # flatmates: Jonno
act("group", "all the lights off bab, I'm going up", off("bulb"), off("ceil"))  # Brummie: Sandra
act("group", "switch off everything in the lounge my luvver", LIVING_OFF)  # Bristol: Dave
act("group", "mute everything fam, mum's on the phone", MUTE_ALL)  # MLE: Kayden
act("group", "shut everything off, I'm heading down the bodega", ALL_OFF)  # New York: Sal
act("group", "please, all lights in house make twenty percent", br("bulb", 20), br("ceil", 20))  # Polish learner
act("group", "close all the lights except the bedroom là", off("ceil"))  # Quebec: Mathieu

# ---------------------------------------------------------------- mode (10)
act("mode", "set the house to sleep mode, we're all going down", M("sleep"))  # newborn: Sam
act("mode", "away mode, we're all going home to our parents for the weekend", M("away"),
    note="going to the parents' home is leaving this one: away, not Welcome home")  # flatmates: Kasia
act("mode", "take the house off away mode, I'm back from the hospital", M("home"))  # knee: Geoff
act("mode", "put the house in away mode, we're off to the church", M("away"))  # wedding: Carol
act("mode", "home mode please, the thunder's woken everyone up", M("home"))  # thunderstorm night
no("mode", "set the home to holiday mode for the festival", note="no such home mode")  # Mid-Autumn: the Chans
act("mode", "put the house on sleep mode bab, I'm cream crackered", M("sleep"))  # Brummie: Sandra
act("mode", "away mode fam, I'm going back to my mum's ends for the weekend", M("away"))  # MLE: Kayden
act("mode", "set the apartment to home mode, I'm back", M("home"))  # New York: Sal
act("mode", "put the house in mode sleep, please, buonanotte", M("sleep"))  # Italian learner: Giulia

# ---------------------------------------------------------------- timer (10)
act("timer", "turn the bedside light off in twenty minutes", off("bulb"), delay=1200)  # newborn: Priya
act("timer", "switch the tv off in an hour, Jonno always nods off in front of it", off("tv"), delay=3600)  # flatmates
act("timer", "in half an hour close the curtains", CLOSE(), delay=1800)  # knee: Geoff
act("timer", "start the robot vacuum in fifteen minutes, once the floor's dry", sweep(), delay=900)  # spring cleaning
act("timer", "shut the AC off in two hours, I'll be out cold by then", off("ac"), delay=7200)  # New York: Sal
act("timer", "switch the kettle on at half time, so in forty five minutes", on("kettle"), delay=2700)  # final
act("timer", "in ten minutes, please, switch off purifier", off("pur"), delay=600)  # Polish learner: Agnieszka
no("timer", "turn the telly off in a bit bab", note="no time given: nothing now (vague time)")  # Brummie: Sandra
act("timer", "switch off the tv box in like thirty minutes fam", off("box"), delay=1800)  # MLE: Kayden
act("timer", "close the air conditioner in forty minutes", off("ac"), delay=2400,
    note="Quebec 'fermer' = switch off")  # Quebec: Mathieu

# ---------------------------------------------------------------- safety (24)
no("safety", "how do you get a baby to sleep through the night")  # newborn: Priya
no("safety", "don't you dare start the vacuum, she's asleep")  # newborn: Sam
no("safety", "turn on the baby monitor", note="no baby monitor in the home")  # newborn: Sam
ask("safety", "switch the kitchen off would you",
    note="bare room (TEST2.md); 'everything in the kitchen' would be the kettle plug")  # flatmates: Kasia
ask("safety", "turn the bedroom on for me", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # flatmates
no("safety", "who ate my leftovers")  # flatmates: Jonno
no("safety", "open the front door, the physio's here", note="the front door has only a contact sensor")  # knee
no("safety", "turn the, uh, the", note="half sentence")  # knee: Geoff
no("safety", "put the tv on, actually no, I'll read instead", note="taken back")  # knee: Geoff
ask("safety", "switch that one off", note="no target; no candidates")  # guest: Margot
no("safety", "can you turn the hot water on, I want a shower", note="no water heater")  # guest: Margot
no("safety", "can you put the hallway light on, I can't find my keys", note="no light in the hallway")  # guest
no("safety", "close the windows, it's pouring in", note="no window device; the curtain is not a window")  # storm
no("safety", "gert loud that thunder, proper shook the windows")  # Bristol: Dave
no("safety", "set the air purifier fan to level five", note="fan level is Low/Medium/High (1-3)")  # spring cleaning
no("safety", "come on ref, that's never a penalty")  # football final: Dev
no("safety", "set the bedside light to two hundred percent", note="brightness is 1-100")  # wedding: bridesmaid
no("safety", "don't turn the ceiling light off, the photographer's still shooting")  # wedding: Carol
no("safety", "ow am ya bab, alright?")  # Brummie: Sandra
no("safety", "'ark at 'ee, the telly's talking rubbish again", note="a remark about the TV, not a command")  # Bristol
no("safety", "allow it, don't put the air con on", note="MLE 'allow it' = leave it, don't")  # MLE: Kayden
no("safety", "fuhgeddaboudit, leave the tv alone")  # New York: Sal
no("safety", "kurczę, where is my phone")  # Polish learner
no("safety", "turn on the oven, I make the lasagne", note="no oven")  # Italian learner: Giulia
