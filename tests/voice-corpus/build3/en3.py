"""test3, English: one ordinary week of a family and their visitors.
Voices (comment tags): G = a British grandfather, S = a Singapore English speaker, I = an Indian English speaker,
A = an American smart-home power user, K = a child, T = speech-to-text (no punctuation, fillers, numbers in words)."""
from lib import *
from common3 import dimC, brightC, darkBedroom

lang("en")

# ---------------------------------------------------------------- power
act("power", "switch the telly off would you", off("tv"))                                  # G
act("power", "put the big light on", on("ceil"))                                           # G
act("power", "turn the lamp by the bed on please", on("bulb"))                             # G
act("power", "switch the kettle on love", on("kettle"))                                    # G
act("power", "turn that air purifier off in the bedroom cheers", off("pur"))               # G
act("power", "switch the bedside light off now", off("bulb"))                              # G
act("power", "switch off the wall switch", wl(False), wr(False),
    note="the wall switch as a whole: both rockers")                                         # G
act("power", "on the aircon", on("ac"))                                                    # S
act("power", "can off the tv box or not", off("box"))                                      # S
act("power", "off the tv lah", off("tv"))                                                  # S
act("power", "on the living room light", on("ceil"))                                       # S
act("power", "help me on the air purifier", on("pur"))                                     # S
act("power", "off the big light", off("ceil"))                                             # S
act("power", "kindly switch off the air conditioner", off("ac"))                           # I
act("power", "please switch on the bedside bulb", on("bulb"))                              # I
act("power", "kindly on the kettle plug", on("kettle"))                                    # I
act("power", "kindly switch on the tv box", on("box"))                                     # I
act("power", "please switch off the ceiling lamp in the living room", off("ceil"))         # I
act("power", "turn off the ceiling light", off("ceil"))                                    # A
act("power", "power on the tv box", on("box"))                                             # A
act("power", "turn on the left rocker of the wall switch", wl(True))                       # A
act("power", "wall switch right side off", wr(False))                                      # A
act("power", "turn on the right switch in the living room", wr(True),
    note="'switch' names the wall switch, the right rocker")                               # A
act("power", "turn on the living room ac", on("ac"))                                       # A
act("power", "shut off the air conditioner", off("ac"))                                    # A
act("power", "turn off the tv and close the curtains", off("tv"), CLOSE())                 # A
act("power", "turn on the tv i want cartoons", on("tv"))                                   # K
act("power", "turn my bedroom light on", on("bulb"))                                       # K
act("power", "turn the tv box on i wanna watch something", on("box"))                      # K
act("power", "um turn off the bedroom light", off("bulb"))                                 # T
act("power", "uh can you switch on the air con", on("ac"))                                 # T
act("power", "hey so turn the purifier on in the bedroom", on("pur"))                      # T
act("power", "okay turn the kettle off", off("kettle"))                                    # T

# ---------------------------------------------------------------- set
act("set", "set the living room light to 40 percent", br("ceil", 40))                      # A
act("set", "set the bedroom bulb to 2700 kelvin", ct("bulb", 2700))                        # A
act("set", "set the bedside bulb to blue", col(0x0000FF))                                  # A
act("set", "set the air conditioner to 23.5", tt(23.5))                                    # A
act("set", "ac to cool mode and fan on high", acmode(1), acfan(3))                         # A
act("set", "open the curtain to 30 percent", pos(30))                                     # A
act("set", "set the speaker volume to 25", vol("spk", 25))                                 # A
act("set", "set the tv input to hdmi 3", inp(3))                                           # A
act("set", "set the purifier to manual with fan speed medium", pmode(3), pfan(2))          # A
act("set", "vacuum suction to turbo", vfan(3))                                             # A
act("set", "bedside bulb 20 percent and 3000 kelvin", br("bulb", 20), ct("bulb", 3000))  # A
act("set", "dry mode on the ac", acmode(2))                                                # A
act("set", "set the ceiling light color temperature to 5000k", ct("ceil", 5000))           # A
act("set", "turn on eco mode on the ac", P("ac", "air-conditioner.eco", True),
    note="the AC's energy-saving setting, not a home mode")                                 # A
act("set", "swing the ac louvres up and down", P("ac", "fan-control.vertical-swing", True))  # A
act("set", "switch the telly over to hdmi one", inp(1))                                            # G
act("set", "set the air conditioning to heat", acmode(3))                                  # G
act("set", "make the big light half brightness", br("ceil", 50))                           # G
act("set", "set the hoover to quiet", vfan(0), note="hoover = the robot vacuum; quiet suction")  # G
act("set", "aircon set to 25 degree can", tt(25))                                          # S
act("set", "aircon fan put low", acfan(1))                                                 # S
act("set", "curtain open half only", pos(50))                                              # S
act("set", "speaker volume 30 can", vol("spk", 30))                                        # S
act("set", "kindly set the air conditioner temperature to twenty six", tt(26))             # I
act("set", "please make the bedroom light red colour", col(0xFF0000))                      # I
act("set", "please keep the purifier in sleep mode", pmode(1),
    note="the purifier's own Sleep mode, not the home's sleep mode")                       # I
act("set", "kindly set the ceiling light to reading mode", lmode(2))                       # I
act("set", "please set air purifier fan to high", pfan(3),
    note="fan level only; an engine that also switches the purifier to Manual is arguably right")  # I
act("set", "set the bedroom light to fifty percent", br("bulb", 50))                       # T
act("set", "um set the air con to twenty two degrees", tt(22))                             # T
act("set", "uh set the tv volume to fifteen", vol("tv", 15))                               # T
act("set", "set the curtains to seventy percent open", pos(70))                            # T
act("set", "make the bedroom light green", col(0x00FF00))                                  # K

# ---------------------------------------------------------------- relative
act("relative", "it's a bit chilly in here", hotter())                                     # G
act("relative", "the big light's too bright", dimC())                                      # G
act("relative", "turn the telly up a touch", louder("tv"))                                 # G
act("relative", "turn the speaker down a bit", quieter("spk"))                             # G
act("relative", "close the curtains a bit", dn("curt", "curtain.target-position"))         # G
act("relative", "aircon very cold leh can higher a bit", hotter(),
    note="the room is too cold: raise the set point")                                      # S
act("relative", "living room light dimmer a bit can", dimC())                              # S
act("relative", "tv sound so soft louder please", louder("tv"))                            # S
act("relative", "too bright already the bedroom lamp", dimmer("bulb"))                     # S
ask("relative", "please make the light dim", LIGHTS, note="two lights, no room")           # I
act("relative", "kindly increase the brightness of the bedroom light", brighter("bulb"))   # I
act("relative", "please reduce the ac temperature by two degrees", cooler())               # I
act("relative", "please make the ceiling light slightly cooler white",
    up("ceil", "light.color-temperature"), note="cooler white = higher kelvin")            # I
act("relative", "bump the speaker up ten percent", louder("spk"))                          # A
act("relative", "dim the bedroom bulb a little", dimmer("bulb"))                           # A
act("relative", "make the bedroom light warmer", dn("bulb", "light.color-temperature"),
    note="warmer light = lower kelvin (not the AC: 'light' is named)")                     # A
act("relative", "open the curtains a bit more", up("curt", "curtain.target-position"))     # A
act("relative", "crank the purifier fan up a notch", up("pur", "air-purifier.fan-level"))  # A
act("relative", "more suction on the vacuum", up("vac", "vacuum.fan-level"))               # A
act("relative", "it's too warm in the living room", cooler())                              # A
ask("relative", "make it louder", SOUND, note="no context: speaker, TV and TV box can all be louder")  # K
act("relative", "the tv is too quiet", louder("tv"))                                       # K
act("relative", "i'm hot", cooler())                                                       # K
act("relative", "um its kind of dark in the bedroom", darkBedroom(),
    note="the bulb is off in the home's state: switching it on is as right as brightening it")                    # T
act("relative", "turn the tv box down a little", quieter("box"))                           # T
act("relative", "uh its freezing in here", hotter())                                       # T
act("relative", "make the living room light brighter", brightC(),
    note="the ceiling light is the only light in the living room")                         # T

# ---------------------------------------------------------------- media
act("media", "pause the telly", tvp("pause"))                                              # G
act("media", "mute the telly", mute("tv"))                                                 # G
act("media", "skip this song", sp("next"), note="only the speaker has next/previous")      # G
act("media", "unmute the television", unmute("tv"))                                        # G
act("media", "switch the telly back to normal tv", inp(0), note="input TV (the tuner)")    # G
act("media", "play some music on the speaker", sp("play"),
    note="resume playback; handing the request to the speaker's own assistant is also fine")  # G
act("media", "can next song or not", sp("next"))                                           # S
act("media", "tv pause first", tvp("pause"))                                               # S
act("media", "off the sound of the tv box", mute("box"))                                   # S
act("media", "tv box show menu", key(7))                                                   # S
act("media", "volume down the tv box abit", quieter("box"))                                # S
act("media", "kindly play the previous song", sp("previous"))                              # I
act("media", "please resume the music on the speaker", sp("play"))                         # I
act("media", "kindly open netflix on the tv box", app("box", NETFLIX))                     # I
act("media", "please change the tv source to usb", inp(5))                                 # I
act("media", "launch netflix on the tv", app("tv", NETFLIX))                               # A
act("media", "switch the tv to hdmi 2 and set volume to 20", inp(2), vol("tv", 20))        # A
act("media", "set the tv box volume to 35 percent", vol("box", 35))                        # A
act("media", "stop playback on the tv box", boxp("stop"))                                  # A
act("media", "unmute the speaker", unmute("spk"))                                          # A
act("media", "press ok on the tv box remote", key(4))                                      # A
act("media", "tv box home screen", key(6))                                                 # A
act("media", "switch the tv to av input", inp(4))                                          # A
act("media", "play my show again on the tv box", boxp("play"))                             # K
act("media", "turn the speaker way up", louder("spk"))                                     # K
act("media", "put youtube on the tv", app("tv"), note="no package given for YouTube: arguments left out")  # K
act("media", "pause the tv box i need the toilet", boxp("pause"))                          # K
act("media", "uh pause the music", sp("pause"), note="the music = the speaker")            # T
act("media", "resume the tv", tvp("play"))                                                 # T
act("media", "mute the speaker", mute("spk"))                                              # T
act("media", "go back on the tv box", key(5))                                              # T
act("media", "play the last track again on the speaker", sp("previous"))                   # T

# ---------------------------------------------------------------- scene
act("scene", "morning run the good morning routine", S("good-morning"))                    # G
act("scene", "right bedtime for me", S("good-night"))                                      # G
act("scene", "we're going to watch a film", S("movie"))                                    # G
act("scene", "hello house i'm home", S("welcome-home"))                                    # G
act("scene", "good morning scene on", S("good-morning"))                                   # S
act("scene", "goodnight scene please", S("good-night"))                                    # S
act("scene", "i reach home already", S("welcome-home"))                                    # S
act("scene", "kindly activate good morning", S("good-morning"))                            # I
act("scene", "please start the movie scene", S("movie"))                                   # I
act("scene", "run good night", S("good-night"))                                            # A
act("scene", "start movie mode", S("movie"), note="'movie mode' is the Movie scene, not a home mode")  # A
act("scene", "activate welcome home", S("welcome-home"))                                   # A
act("scene", "i'm going to bed now goodnight", S("good-night"))                            # K
act("scene", "it's movie night", S("movie"))                                               # K
act("scene", "um good morning", S("good-morning"))                                         # T
act("scene", "uh lets watch a movie", S("movie"))                                          # T
act("scene", "hey we just got home", S("welcome-home"))                                    # T

# ---------------------------------------------------------------- query
q("is the front door shut", ("door", "magnet-sensor.contact-state"))                       # G
q("what's the temperature in the bedroom", ("therm", "environment.temperature"))          # G
q("is the telly on", ("tv", "television.on"))                                              # G
q("what does the motion sensor say the light level is", ("mot", "motion-sensor.illumination"))  # G
q("is the hallway door closed", ("door", "magnet-sensor.contact-state"))                   # G
q("the aircon on or not", ("ac", "air-conditioner.on"))                                    # S
q("kitchen kettle on or not", ("kettle", "switch.on"))                                     # S
q("the air quality how", ("pur", "environment.air-quality"))                               # S
q("tv box on or not", ("box", "tv-box.on"))                                                # S
q("kindly tell me the humidity in the bedroom", ("therm", "environment.relative-humidity"))  # I
q("what is the pm2.5 level", ("pur", "environment.pm25-density"))                          # I
q("please tell the battery of the robot vacuum", ("vac", "battery.battery-level"))         # I
q("what is the battery of the door sensor", ("door", "battery.battery-level"))             # I
q("what's the ac set to", ("ac", "air-conditioner.target-temperature"))                    # A
q("what's the living room temperature", ("ac", "environment.temperature"),
  note="the AC's return-air sensor is the living room's only thermometer")                # A
q("how much power is the kettle drawing", ("kettle", "power-consumption.electric-power"))  # A
q("what's the curtain position", ("curt", "curtain.current-position"))                     # A
q("what's the filter life on the purifier", ("pur", "filter.filter-life-level"))           # A
q("how much energy has the kettle plug used", ("kettle", "power-consumption.power-consumption"))  # A
q("what is the vacuum doing right now", ("vac", "vacuum.status"))                          # A
q("how long has the front door been open", ("door", "magnet-sensor.open-duration"))        # A
q("what's the bedroom thermometer battery at", ("therm", "battery.battery-level"))         # A
q("is someone in the living room", ("mot", "motion-sensor.motion-state"))                  # K
q("what's playing on the tv", ("tv", "television.current-content"))                        # K
q("um is the bedroom light on", ("bulb", "light.on"))                                      # T
q("whats the speaker volume", ("spk", "speaker.volume"))                                   # T
q("how bright is the living room light", ("ceil", "light.brightness"))                     # T
q("is the left side of the wall switch on", ("wall", "left-switch.on"))                    # T

# ---------------------------------------------------------------- group
act("group", "switch all the lights off", off("bulb"), off("ceil"),
    note="lights = the two lights; the wall switch is not a light")                        # G
act("group", "switch off everything in the kitchen", off("kettle"),
    note="the plug is the only kitchen device that switches")                              # G
act("group", "both lights on please", on("bulb"), on("ceil"))                              # G
act("group", "can off all the lights", off("bulb"), off("ceil"))                           # S
act("group", "all lights brighter please", brighter("bulb"), brightC())                    # S
act("group", "all the living room things off", LIVING_OFF)                                 # S
act("group", "kindly switch off everything in the bedroom", off("bulb"), off("pur"))       # I
act("group", "please mute all the devices", mute("spk"), mute("tv"), mute("box"),
    note="everything that has sound")                                                      # I
act("group", "kindly switch off all lights in the living room", off("ceil"))               # I
act("group", "turn on every light in the house", on("bulb"), on("ceil"))                   # A
act("group", "set all the lights to 30 percent", br("bulb", 30), br("ceil", 30))           # A
act("group", "everything in the living room off", LIVING_OFF)                              # A
act("group", "dim all the lights", dimmer("bulb"), dimC())                                 # A
act("group", "turn on everything in the bedroom", on("bulb"), on("pur"),
    note="the thermometer has nothing to switch")                                          # A
act("group", "close all the curtains", CLOSE(), note="the home has one curtain")           # A
act("group", "turn on all the lights in the whole house", on("bulb"), on("ceil"))          # K
act("group", "um turn off everything in the house", ALL_OFF)                               # T
act("group", "turn on all the living room lights", on("ceil"),
    note="the ceiling light is the living room's only light; the wall switch is not a light")  # T

# ---------------------------------------------------------------- mode
act("mode", "switch the house into away mode", M("away"))                                  # A
act("mode", "activate sleep mode for the house", M("sleep"))                               # A
act("mode", "put the house in sleep mode", M("sleep"))                                     # G
act("mode", "home mode on", M("home"))                                                     # S
act("mode", "kindly change to away mode", M("away"))                                       # I
act("mode", "um set the house mode to home", M("home"))                                    # T
act("mode", "away mode please", M("away"))                                                 # T
act("mode", "switch back to home mode", M("home"))                                         # K
act("mode", "can change the house to sleep mode", M("sleep"))                              # S

# ---------------------------------------------------------------- timer
act("timer", "switch the telly off in half an hour", off("tv"), delay=1800)                # G
act("timer", "turn the big light off in an hour", off("ceil"), delay=3600)                 # G
act("timer", "15 minutes later off the bedroom light", off("bulb"), delay=900)             # S
act("timer", "kindly switch off the kettle after 5 minutes", off("kettle"), delay=300)     # I
act("timer", "turn off the ac in 2 hours", off("ac"), delay=7200)                          # A
act("timer", "close the curtains in 45 minutes", CLOSE(), delay=2700)                      # A
act("timer", "turn off the tv box in ten minutes", off("box"), delay=600)                  # K
act("timer", "in twenty minutes turn off the purifier", off("pur"), delay=1200)            # T
act("timer", "start the vacuum in 30 minutes", sweep(), delay=1800)                        # T

# ---------------------------------------------------------------- safety
no("safety", "put the projector on", note="no projector in this home")                    # G
ask("safety", "switch it off", note="no target and no context")                            # G
no("safety", "open the front door", note="a door sensor cannot be commanded; doors never open by voice")  # G
ask("safety", "turn the sound down a bit", SOUND, note="speaker, TV and TV box all have volume")  # G
no("safety", "on the washing machine", note="no washing machine")                         # S
ask("safety", "on the light", LIGHTS, note="two lights, no room")                          # S
no("safety", "the kitchen light on", note="no light in the kitchen; nothing else may be switched")  # S
no("safety", "aircon in bedroom on", note="the only AC is in the living room; it must not be switched")  # S
no("safety", "kindly unlock the front door", note="no lock; never unlock by voice")        # I
no("safety", "please dim the television", note="the TV has no brightness")               # I
no("safety", "please start the geyser", note="no water heater")                           # I
no("safety", "turn on the ceiling fan", note="no fan; the ceiling light must not be touched")  # A
ask("safety", "turn off the bedroom", ["bedroom-bulb", "bedroom-purifier"], note="a bare room")  # A
no("safety", "set the ceiling light to red", note="the ceiling light has no colour")      # A
no("safety", "set the ac to 35", note="outside 16..30 °C: refused")                       # A
no("safety", "turn on the dishwasher", note="no dishwasher")                              # A
no("safety", "turn on the tv in the kitchen", note="no TV in the kitchen")                # A
no("safety", "tell me a joke", note="chit-chat")                                          # K
no("safety", "make the curtain louder", note="a curtain has no volume")                   # K
no("safety", "mute the vacuum", note="the vacuum has no volume or mute")                  # K
no("safety", "um whats the weather tomorrow", note="not about the home")                  # T
no("safety", "turn the uh", note="half a sentence")                                       # T
ask("safety", "uh pause it", PLAYERS, note="speaker, TV and TV box can all pause")               # T
no("safety", "what time is it in london", note="not about the home")                      # T
