"""test3, Chinese: one ordinary week of a family and their visitors.
Voices (comment tags): H = a Shanghai mother in plain Mandarin, B = an old Beijing man, C = an 8-year-old child,
W = a visitor from Taiwan / Hong Kong (simplified characters, their words: 冷气, 电灯, 音响, 清净机, 网飞),
O = a young office worker, speech-to-text style (fillers, no punctuation, numbers as spoken),
X = indirect wishes, Q = plain questions."""
from lib import *
from common3 import dimC, brightC, darkBedroom

lang("zh")

# ---------------------------------------------------------------- power
act("power", "帮我把客厅的灯打开一下", on("ceil"))                                          # H
act("power", "麻烦把电视关一下", off("tv"))                                                 # H
act("power", "帮我把净化器开一下", on("pur"))                                               # H
act("power", "把卧室的灯关掉吧", off("bulb"))                                               # H
act("power", "帮我把墙上的开关左边那个关一下", wl(False))                                     # H
act("power", "把空气净化器关掉", off("pur"))                                                # H
act("power", "电视机打开一下", on("tv"))                                                    # H
act("power", "帮我把插座打开", on("kettle"), note="the home's only outlet")                  # H
act("power", "给我把大灯开开", on("ceil"), note="大灯 = the ceiling light")                   # B
act("power", "电视甭开了 关喽", off("tv"))                                                  # B
act("power", "劳驾把空调开开", on("ac"))                                                    # B
act("power", "把那烧水壶插座给我开开", on("kettle"))                                          # B
act("power", "床头灯关喽", off("bulb"))                                                     # B
act("power", "右边那个墙壁开关给我开开", wr(True))                                            # B
act("power", "客厅吸顶灯关喽", off("ceil"))                                                  # B
act("power", "得嘞 把空调关喽", off("ac"))                                                   # B
act("power", "我要看动画片 开电视", on("tv"))                                                # C
act("power", "把电视盒子打开", on("box"))                                                   # C
act("power", "把盒子打开我要看小猪佩奇", on("box"), note="盒子 = the TV box")                  # C
act("power", "开灯开灯 卧室的", on("bulb"))                                                  # C
act("power", "开冷气", on("ac"), note="冷气 = the air conditioner (Taiwan / Hong Kong)")     # W
act("power", "把冷气关掉", off("ac"))                                                       # W
act("power", "帮我开一下客厅电灯", on("ceil"))                                               # W
act("power", "电视机关掉", off("tv"))                                                       # W
act("power", "麻烦开一下空气清净机", on("pur"), note="空气清净机 = air purifier (Taiwan)")      # W
act("power", "卧室电灯关掉", off("bulb"))                                                   # W
act("power", "嗯那个帮我把空调打开", on("ac"))                                               # O
act("power", "就是把卧室那个灯打开", on("bulb"))                                             # O
act("power", "那个网络机顶盒关一下", off("box"), note="机顶盒 = the TV box")                   # O
act("power", "呃帮我把热水壶的插座关掉", off("kettle"))                                        # O
act("power", "嗯那个电视关一下", off("tv"))                                                  # O
act("power", "墙上开关两个都关掉", wl(False), wr(False))
act("power", "嗯把电视关了 顺便把窗帘拉上", off("tv"), CLOSE())                                      # O

# ---------------------------------------------------------------- set
act("set", "把客厅灯亮度调到60", br("ceil", 60))                                             # H
act("set", "帮我把空调调到26度", tt(26))                                                    # H
act("set", "把窗帘拉开一半", pos(50))                                                      # H
act("set", "麻烦把音箱音量调到20", vol("spk", 20))                                           # H
act("set", "空调调成制冷模式", acmode(1))                                                   # H
act("set", "净化器风速调到中档", pfan(2))                                                   # H
act("set", "客厅灯调成阅读模式", lmode(2), note="the ceiling light's preset, not a home mode")  # H
act("set", "空调风速开到最大", acfan(3))                                                    # H
act("set", "把卧室灯色温调到3000K", ct("bulb", 3000))                                       # H
act("set", "扫地机器人吸力调成安静档", vfan(0))                                               # H
act("set", "空调开节能模式", P("ac", "air-conditioner.eco", True),
    note="the AC's energy-saving setting, not a home mode")                                 # H
act("set", "空调左右扫风打开", P("ac", "fan-control.horizontal-swing", True))                 # H
act("set", "净化器开启童锁", P("pur", "air-purifier.physical-controls-locked", True))       # H
act("set", "空调给我调到二十七度", tt(27))                                                  # B
act("set", "把那扫地机吸力调到最大", vfan(3), note="the largest suction on the list: Turbo")    # B
act("set", "床头灯给我调成红色", col(0xFF0000))                                              # B
act("set", "客厅的大灯调成夜灯模式", lmode(1))                                               # B
act("set", "窗帘给我全拉上", CLOSE())                                                       # B
act("set", "冷气调到25度", tt(25))                                                          # W
act("set", "冷气开除湿", acmode(2))                                                         # W
act("set", "冷气风速调到低", acfan(1))                                                      # W
act("set", "冷气开送风就好", acmode(4))                                                     # W
act("set", "床头灯亮度调到百分之一百", br("bulb", 100))                                       # W
act("set", "嗯把卧室灯调到百分之三十", br("bulb", 30))                                        # O
act("set", "那个空调调到二十四度半", tt(24.5))                                               # O
act("set", "就是窗帘开到百分之八十", pos(80))                                                # O
act("set", "电视音量调到十五", vol("tv", 15))                                                # O
act("set", "嗯净化器调成自动模式", pmode(0))                                                 # O
act("set", "嗯空调开制热", acmode(3))
act("set", "空调调到二十六度 风速调到低档", tt(26), acfan(1))                                                       # O
act("set", "客厅灯色温调到六千五", ct("ceil", 6500))                                          # O
act("set", "机顶盒音量调到百分之二十五", vol("box", 25))                                       # O
act("set", "把床头灯变成蓝色的", col(0x0000FF))                                              # C
act("set", "我要绿色的灯 卧室的", col(0x00FF00))                                             # C

# ---------------------------------------------------------------- relative
ask("relative", "有点暗看不清", LIGHTS, note="an indirect wish with two lights and no room")  # X
act("relative", "卧室有点暗看不清", darkBedroom(),
    note="the bulb is off in the home's state: switching it on is as right as brightening it")                                          # X
act("relative", "客厅太亮了晃眼睛", dimC())                                                  # X
act("relative", "冻死我了", hotter(), note="the only AC: raise the set point")               # X
act("relative", "帮我把空调调低两度", cooler())                                              # H
act("relative", "音箱声音小一点", quieter("spk"))                                            # H
act("relative", "窗帘稍微拉上一点", dn("curt", "curtain.target-position"))                   # H
act("relative", "卧室灯颜色暖一点", dn("bulb", "light.color-temperature"),
    note="warmer light = lower kelvin")                                                    # H
act("relative", "净化器风速调大一点", up("pur", "air-purifier.fan-level"))                    # H
act("relative", "客厅灯色温调冷一点", up("ceil", "light.color-temperature"))                  # H
act("relative", "这屋忒热了", cooler())                                                     # B
act("relative", "电视声儿给我调大点儿", louder("tv"))                                         # B
act("relative", "冷了 空调给我往上调调", hotter())                                            # B
act("relative", "大灯再亮堂点儿", brightC())                                                 # B
act("relative", "电视声音开大大的", louder("tv"))                                            # C
ask("relative", "声音开大大的", SOUND, note="speaker, TV and TV box all have volume")          # C
act("relative", "我好热啊", cooler())                                                       # C
act("relative", "卧室灯太亮了我睡不着", dimmer("bulb"))                                        # C
act("relative", "冷气太冷了", hotter(), note="too cold: raise the set point")                 # W
act("relative", "音响大声一点", louder("spk"), note="音响 = the speaker")                    # W
act("relative", "客厅电灯暗一点", dimC())                                                    # W
act("relative", "嗯那个卧室的灯再亮一点", brighter("bulb"))                                    # O
act("relative", "空调再调高个两度吧", hotter())                                              # O
act("relative", "就是电视盒子声音小两格", quieter("box"))                                      # O
act("relative", "窗帘再拉开一点", up("curt", "curtain.target-position"))                     # O
act("relative", "扫地机吸力小一点", dn("vac", "vacuum.fan-level"))                            # O
act("relative", "嗯电视声音稍微小一点点", quieter("tv"))                                      # O
act("relative", "空调调高点儿", hotter())                                                   # B

# ---------------------------------------------------------------- media
act("media", "帮我把音乐暂停一下", sp("pause"), note="the music = the speaker")               # H
act("media", "音箱换下一首歌", sp("next"))                                                   # H
act("media", "电视静音一下", mute("tv"))                                                     # H
act("media", "帮我在电视盒子上打开奈飞", app("box", NETFLIX), note="奈飞 = Netflix")           # H
act("media", "电视盒子返回一下", key(5))                                                      # H
act("media", "机顶盒按一下确定", key(4))                                                      # H
act("media", "电视打开腾讯视频", app("tv"), note="no package given: arguments left out")      # H
act("media", "把电视的声音打开", unmute("tv"))                                                # H
act("media", "把音乐关了", sp("pause"), note="the speaker has no stop: pause is the nearest")  # H
act("media", "电视盒子声音关掉", mute("box"))                                                 # H
act("media", "得嘞 电视先停一下", tvp("pause"))                                               # B
act("media", "音箱接着放", sp("play"))                                                       # B
act("media", "上一首 刚才那个好听", sp("previous"), note="only the speaker has previous")      # B
act("media", "电视声儿关了吧", mute("tv"), note="the sound off = mute")                      # B
act("media", "盒子回主页", key(6))                                                          # B
act("media", "电视换回电视台", inp(0), note="input TV (the tuner)")                          # B
act("media", "电视调到AV", inp(4))                                                          # B
act("media", "我要看动画片 电视继续播", tvp("play"))                                           # C
act("media", "盒子先暂停一下我去上厕所", boxp("pause"))                                        # C
act("media", "电视上打开爱奇艺", app("tv"), note="no package given: arguments left out")       # C
act("media", "音箱播放儿歌", sp("play"),
    note="resume playback; handing the request to the speaker's own assistant is also fine")  # C
act("media", "音箱声音大一点我要跳舞", louder("spk"))                                          # C
act("media", "音响放点音乐", sp("play"), note="音响 = the speaker; resume playback")           # W
act("media", "电视换到HDMI 1", inp(1))                                                      # W
act("media", "音响静音", mute("spk"))                                                       # W
act("media", "电视机音量调到30", vol("tv", 30))                                              # W
act("media", "机顶盒开网飞", app("box", NETFLIX), note="网飞 = Netflix (Taiwan / Hong Kong)")  # W
act("media", "嗯那个音箱音量调到百分之五十", vol("spk", 50))                                    # O
act("media", "电视盒子停止播放", boxp("stop"))                                                # O
act("media", "就是把电视切到USB", inp(5))                                                    # O
act("media", "音箱取消静音", unmute("spk"))                                                  # O
act("media", "嗯电视盒子打开菜单", key(7))                                                    # O
act("media", "那个电视盒子继续播放", boxp("play"))                                             # O

# ---------------------------------------------------------------- scene
act("scene", "早上好呀", S("good-morning"))                                                 # H
act("scene", "好困啊我去睡了", S("good-night"))                                              # H
act("scene", "开一下电影模式", S("movie"), note="the Movie scene, not a home mode")            # H
act("scene", "我到家了", S("welcome-home"))                                                 # H
act("scene", "起床了 把早安场景打开", S("good-morning"))                                      # B
act("scene", "我睡觉去了 得嘞", S("good-night"))                                             # B
act("scene", "看电影喽 把电影场景开开", S("movie"))                                           # B
act("scene", "我回来喽", S("welcome-home"))                                                 # B
act("scene", "晚安晚安", S("good-night"))                                                   # C
act("scene", "我们看电影吧", S("movie"))                                                    # C
act("scene", "早安", S("good-morning"))                                                     # W
act("scene", "晚安场景启动", S("good-night"))                                                # W
act("scene", "来看电影", S("movie"))                                                        # W
act("scene", "我回来了啦", S("welcome-home"))                                                # W
act("scene", "嗯执行早安场景", S("good-morning"))                                             # O
act("scene", "那个开一下晚安模式", S("good-night"), note="晚安模式 = the Good night scene; 晚安 is no home mode")  # O
act("scene", "嗯打开观影", S("movie"))                                                       # O
act("scene", "嗯欢迎回家场景", S("welcome-home"))                                             # O

# ---------------------------------------------------------------- query
q("空调现在设的几度啊", ("ac", "air-conditioner.target-temperature"))                         # Q
q("门关好了没", ("door", "magnet-sensor.contact-state"))                                     # Q
q("卧室的灯开着没", ("bulb", "light.on"))                                                   # Q
q("客厅有人吗", ("mot", "motion-sensor.motion-state"))                                       # Q
q("玄关的门开了多久了", ("door", "magnet-sensor.open-duration"))                              # Q
q("客厅的灯多亮", ("ceil", "light.brightness"))                                              # Q
q("空调开的什么模式", ("ac", "air-conditioner.mode"))                                          # Q
q("客厅现在多少度", ("ac", "environment.temperature"),
  note="the AC's return-air sensor is the living room's only thermometer")                 # B
q("扫地机还有多少电", ("vac", "battery.battery-level"))                                       # B
q("大门开着没有", ("door", "magnet-sensor.contact-state"))                                    # B
q("窗帘现在拉开多少了", ("curt", "curtain.current-position"))                                 # B
q("墙上那开关右边开着呢吗", ("wall", "right-switch.on"))                                       # B
q("卧室温度多少", ("therm", "environment.temperature"))                                       # H
q("卧室湿度多少", ("therm", "environment.relative-humidity"))                                 # H
q("净化器滤芯还能用多久", ("pur", "filter.filter-life-level"))                                 # H
q("烧水壶插座开着吗", ("kettle", "switch.on"))                                                # H
q("扫地机器人在干嘛", ("vac", "vacuum.status"))                                               # H
q("温湿度计的电池还有多少", ("therm", "battery.battery-level"))                                # H
q("嗯现在空气质量怎么样", ("pur", "environment.air-quality"))                                  # O
q("那个PM2.5是多少", ("pur", "environment.pm25-density"))                                    # O
q("插座现在功率多少", ("kettle", "power-consumption.electric-power"))                         # O
q("插座用了多少度电", ("kettle", "power-consumption.power-consumption"))                       # O
q("门磁电量还有多少", ("door", "battery.battery-level"))                                      # O
q("电视开着吗", ("tv", "television.on"))                                                    # C
q("电视在放什么呀", ("tv", "television.current-content"))                                     # C
q("冷气有开吗", ("ac", "air-conditioner.on"))                                                # W
q("音响现在音量多少", ("spk", "speaker.volume"))                                              # W
q("电视盒子有开吗", ("box", "tv-box.on"))                                                    # W
q("客厅人体传感器测到的光照是多少", ("mot", "motion-sensor.illumination"))                      # O

# ---------------------------------------------------------------- group
act("group", "把所有的灯都关掉", off("bulb"), off("ceil"),
    note="lights = the two lights; the wall switch is not a light")                        # H
act("group", "家里所有的灯调到百分之五十", br("bulb", 50), br("ceil", 50))                     # H
act("group", "卧室所有设备都关掉", off("bulb"), off("pur"))                                    # H
act("group", "厨房的电器全部关掉", off("kettle"), note="the plug is the only kitchen device that switches")  # H
act("group", "所有能出声的都静音", mute("spk"), mute("tv"), mute("box"))                       # H
act("group", "把家里的电器全关了", ALL_OFF)                                                   # H
act("group", "全屋的灯都给我开开", on("bulb"), on("ceil"))                                     # B
act("group", "客厅里的东西全给我关喽", LIVING_OFF)                                              # B
act("group", "所有灯都调暗点儿", dimmer("bulb"), dimC())                                       # B
act("group", "两盏灯都关喽", off("bulb"), off("ceil"))                                         # B
act("group", "嗯那个家里的东西全部关掉", ALL_OFF)                                               # O
act("group", "嗯客厅的灯全部打开", on("ceil"), note="the ceiling light is the living room's only light")  # O
act("group", "卧室所有设备都打开", on("bulb"), on("pur"))                                      # O
act("group", "所有电灯都关掉", off("bulb"), off("ceil"))                                       # W
act("group", "全部的电灯调亮一点", brighter("bulb"), brightC())                                # W
act("group", "客厅的东西全部关掉", LIVING_OFF)                                                  # W
act("group", "所有的灯都打开", on("bulb"), on("ceil"))                                         # C
act("group", "全部的灯都变成最亮", br("bulb", 100), br("ceil", 100))                            # C

# ---------------------------------------------------------------- mode
act("mode", "帮我把家里设成离家模式", M("away"))                                               # H
act("mode", "打开睡眠模式", M("sleep"), note="no device named: the home's sleep mode, not the purifier's")  # H
act("mode", "把模式改成在家", M("home"))                                                      # H
act("mode", "给我把家切到睡眠模式", M("sleep"))                                                # B
act("mode", "离家模式开开", M("away"))                                                       # B
act("mode", "嗯切到在家模式", M("home"))                                                      # O
act("mode", "那个家里模式切换成睡眠", M("sleep"))                                               # O
act("mode", "开启外出模式", M("away"), note="外出模式 = the away mode")                        # W
act("mode", "换成在家模式", M("home"))                                                       # C

# ---------------------------------------------------------------- timer
act("timer", "半小时后帮我把电视关掉", off("tv"), delay=1800)                                   # H
act("timer", "四十五分钟后把窗帘拉上", CLOSE(), delay=2700)                                     # H
act("timer", "两小时后让扫地机器人开始扫地", sweep(), delay=7200)                                # H
act("timer", "一个钟头以后把空调关喽", off("ac"), delay=3600)                                   # B
act("timer", "一个半小时后把净化器关喽", off("pur"), delay=5400)                                 # B
act("timer", "嗯二十分钟后关掉卧室的灯", off("bulb"), delay=1200)                               # O
act("timer", "那个十分钟后把插座关了", off("kettle"), delay=600)                                 # O
act("timer", "十五分钟后把冷气关掉", off("ac"), delay=900)                                      # W
act("timer", "五分钟以后关电视盒子", off("box"), delay=300)                                     # C

# ---------------------------------------------------------------- safety
ask("safety", "给我把灯开开", LIGHTS, note="two lights, no room")                              # B
no("safety", "电风扇给开开", note="no fan")                                                   # B
ask("safety", "厨房给我关喽", note="a bare room")                                             # B
no("safety", "电视调暗点儿", note="the TV has no brightness")                                 # B
no("safety", "把客厅的灯调成蓝色", note="the ceiling light has no colour")                      # B
no("safety", "把大门关上", note="a door sensor cannot be commanded")                           # B
no("safety", "帮我开一下洗衣机", note="no washing machine")                                    # H
no("safety", "把门锁打开", note="no lock; never unlock by voice")                              # H
no("safety", "明天会下雨吗", note="not about the home")                                        # H
ask("safety", "暂停一下", PLAYERS, note="speaker, TV and TV box can all pause")                # H
ask("safety", "帮我静音一下", SOUND)                                                          # H
no("safety", "窗帘调成红色", note="a curtain has no colour")                                   # H
no("safety", "把热水器打开", note="no water heater")                                          # H
no("safety", "投影仪打开我要看动画片", note="no projector; the TV must not be switched on instead")  # C
no("safety", "给我讲个故事", note="chit-chat")                                                # C
no("safety", "扫地机唱首歌", note="the vacuum cannot sing")                                    # C
no("safety", "帮我开门", note="doors never open by voice; the home has only a door sensor")     # W
ask("safety", "关掉", note="no target and no context")                                        # W
no("safety", "冷气调到十度", note="outside 16..30 °C: refused")                               # W
no("safety", "嗯那个 就是", note="half a sentence")                                           # O
no("safety", "呃把那个什么", note="half a sentence")                                          # O
no("safety", "厨房的空调打开", note="the only AC is in the living room; it must not be switched")  # O
no("safety", "嗯今天几号来着", note="not about the home")                                      # O
ask("safety", "音量调到五十", SOUND, note="speaker, TV and TV box all have volume")            # O
