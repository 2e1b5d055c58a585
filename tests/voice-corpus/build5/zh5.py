"""test5, Chinese half: hand-written, one utterance a line, each with a comment naming its voice.

Voices: HZ = a Hangzhou / Jiangnan office couple (呀 哦 嘛 咯, 好伐, 帮我把…弄一下); HN = a Henan uncle (中, 中不中, 恁,
俺, 弄啥, 得劲, 开开, 给俺); HU = a Hunan / Hubei speaker (么子, 冇得, 搞, 咯, 啰, 哒, 一滴滴, 几多); STU = a university
student chatting to the assistant (能不能…啊, 顺便, 然后, 室友); NAI = a grandmother who half-remembers the devices'
names (那个会扫地的, 放歌的那个, 墙上那个开关, 看电影那个盒子); TWO = two commands in one breath (先…再…, …也…);
FIX = someone correcting themselves (不对, 我是说, 哦不是); Q = questions put indirectly (…是不是还开着, …没有).
"""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")

# ---------------------------------------------------------------- power
act("power", "帮我把客厅的灯打开一下呀", on("ceil"))  # HZ
act("power", "电视帮我关掉哦", off("tv"))  # HZ
act("power", "窗帘帮我拉开一下嘛", OPEN())  # HZ
act("power", "卧室那个空气净化器开一下咯", on("pur"))  # HZ
act("power", "扫地机器人让它扫一下呀", sweep())  # HZ
act("power", "吸顶灯关一下好伐", off("ceil"), note="the ceiling light is the living room's 吸顶灯")  # HZ
ask("power", "灯开一下呀", LIGHTS, note="two lights, no room")  # HZ
act("power", "把电视给俺开开", on("tv"))  # HN
act("power", "恁把空调关了中不中", off("ac"))  # HN
act("power", "俺要烧水 把那水壶插座开开", on("kettle"))  # HN
act("power", "床头那灯给俺灭了", off("bulb"))  # HN
act("power", "盒子关了 俺不看了", off("box"), note="盒子 = the TV box")  # HN
act("power", "那扫地机 不叫它扫了 停住", vstop())  # HN
act("power", "把客厅的大灯关咯", off("ceil"))  # HU
act("power", "空调开一下啰 热死哒", on("ac"), note="the AC named: switch it on")  # HU
act("power", "扫地的那个机器让它回去充电咯", dock())  # HU
act("power", "净化器冇得用 关咯", off("pur"))  # HU
act("power", "电视盒子打开啰", on("box"))  # HU
act("power", "能不能帮我把卧室的灯开一下啊", on("bulb"))  # STU
act("power", "帮我把窗帘关上 谢谢啦", CLOSE())  # STU
act("power", "扫地机器人先停一下吧 我在打电话", vstop(), note="停一下: stop or pause")  # STU
act("power", "把水壶的插座关掉", off("kettle"))  # STU
act("power", "然后客厅的窗帘拉开吧", OPEN())  # STU
act("power", "那个会扫地的 让它扫扫地", sweep())  # NAI
act("power", "墙上那个开关 左边那个 给我打开", wl(True))  # NAI
act("power", "墙上开关右边的那个关了", wr(False))  # NAI
act("power", "看电影那个盒子 关了它", off("box"), note="the box people watch films on = the TV box")  # NAI
act("power", "烧开水那个插头打开", on("kettle"))  # NAI
act("power", "床边上那个小灯泡开开", on("bulb"))  # NAI
act("power", "先把电视打开 再把盒子也打开", on("tv"), on("box"))  # TWO
act("power", "把空调关了然后把窗帘也拉上", off("ac"), CLOSE())  # TWO
act("power", "把卧室的灯关了 净化器也关了", off("bulb"), off("pur"))  # TWO
act("power", "把卧室的灯打开 不对 我是说客厅的灯", on("ceil"), note="correction: the bulb must not be touched")  # FIX
act("power", "关电视 哦不是 关电视盒子", off("box"), note="correction")  # FIX
act("power", "打开空气净化器 不对 是空调", on("ac"), note="correction")  # FIX

# ---------------------------------------------------------------- set
act("set", "空调帮我弄到二十五度呀", tt(25))  # HZ
act("set", "卧室的灯调到百分之二十好伐", br("bulb", 20))  # HZ
act("set", "床头灯弄成蓝色的嘛", col(BLUE))  # HZ
act("set", "净化器调成睡眠模式哦", pmode(1), note="the purifier's Sleep mode, not the home's")  # HZ
act("set", "窗帘开一半就好了呀", pos(50))  # HZ
act("set", "空调弄成送风模式呀", acmode(4))  # HZ
act("set", "净化器切换成喜爱模式", pmode(2), note="喜爱模式 = Favorite")  # HZ
act("set", "空调给俺调到二十度", tt(20))  # HN
act("set", "空调弄成制热模式 中", acmode(3))  # HN
act("set", "客厅那灯弄成看书那个模式", lmode(2), note="the reading preset")  # HN
act("set", "净化器风开到最大", pfan(3), note="the fan level only; switching to manual mode as well is arguable")  # HN
no("set", "空调调到三十二度", note="above 30 °C: refused with the range")  # HN
act("set", "空调风速搞成中档咯", acfan(2))  # HU
act("set", "客厅的灯搞到百分之八十啰", br("ceil", 80))  # HU
act("set", "空调搞到二十六度半咯", tt(26.5))  # HU
act("set", "卧室灯搞成红色的 蛮好看", col(RED))  # HU
act("set", "净化器搞成自动咯", pmode(0))  # HU
ask("set", "亮度调成一半", LIGHTS, note="two lights, no device named")  # HU
act("set", "能不能把空调调成除湿啊 好潮", acmode(2))  # STU
act("set", "客厅灯色温调到3500", ct("ceil", 3500))  # STU
act("set", "空调上下扫风打开一下", vswing(True))  # STU
act("set", "把空调的左右摆风关掉", hswing(False))  # STU
act("set", "扫地机器人调成安静模式吧 室友在睡觉", vfan(0), note="Quiet suction")  # STU
act("set", "净化器童锁打开", lock(True))  # STU
act("set", "卧室灯色温调成两千七", ct("bulb", 2700))  # STU
act("set", "净化器开手动模式", pmode(3))  # STU
act("set", "空调开个节能", eco(True))  # STU
act("set", "床头那个灯 弄成黄颜色", col(YELLOW))  # NAI
act("set", "那个吹冷风的 调到二十三度", tt(23), note="the thing that blows cold air = the AC")  # NAI
act("set", "窗帘拉开三成", pos(30))  # NAI
act("set", "扫地那个 吸力弄成标准的", vfan(1))  # NAI
act("set", "空调调到二十四度 风速调成自动", tt(24), acfan(0))  # TWO
act("set", "卧室灯调成绿色 亮度百分之六十", col(GREEN), br("bulb", 60))  # TWO
act("set", "空调调到二十八度 不对 二十六", tt(26), note="correction: 26")  # FIX
act("set", "客厅灯调成夜灯 哦不 电视模式", lmode(3), note="correction: the TV preset")  # FIX
act("set", "窗帘开到百分之七十 不是 四十", pos(40), note="correction: 40 %")  # FIX

# ---------------------------------------------------------------- relative
act("relative", "客厅有点暗呀 帮我弄亮一点", brightC())  # HZ
act("relative", "空调再低一度嘛", cooler())  # HZ
act("relative", "床头灯再暗一点点哦", dimmer("bulb"))  # HZ
act("relative", "窗帘再拉开一点点呀", curt_more())  # HZ
act("relative", "床头灯白一点 要冷一点的那种光", cooler_white("bulb"), note="a cooler white: higher colour temperature")  # HZ
act("relative", "好闷热呀 吃不消", cooler(), note="the only AC")  # HZ
act("relative", "客厅太亮了 眼睛疼", dimC())  # HZ
act("relative", "热得不得劲 空调再调低点", cooler())  # HN
act("relative", "客厅灯太晃眼了 弄暗点", dimC())  # HN
act("relative", "俺冷 空调往上调两度", hotter())  # HN
act("relative", "净化器风小点 吵得慌", dn("pur", "air-purifier.fan-level"))  # HN
act("relative", "净化器风加一档", up("pur", "air-purifier.fan-level"))  # HN
act("relative", "空调加半度", hotter())  # HN
act("relative", "好热咯 搞凉快点", cooler(), note="the only AC")  # HU
act("relative", "冷死哒 空调高一点", hotter())  # HU
act("relative", "卧室灯亮一滴滴", brighter("bulb"), note="一滴滴 = a tiny bit; the bulb is off, brighter only (explicit brightness word)")  # HU
act("relative", "空调风搞大点", up("ac", "fan-control.fan-level"))  # HU
act("relative", "卧室的灯光搞黄一点咯", warmer("bulb"), note="yellower white = warmer, a lower colour temperature")  # HU
act("relative", "能不能把客厅的灯调亮一点啊 我在看书", brightC())  # STU
act("relative", "空调温度再往下调一点吧", cooler())  # STU
act("relative", "扫地机器人吸力大一点", up("vac", "vacuum.fan-level"))  # STU
act("relative", "客厅灯颜色暖一点", warmer("ceil"))  # STU
act("relative", "客厅灯能不能柔和一点", dimC())  # STU
ask("relative", "亮度再调高一些", LIGHTS, note="two lights, no device named")  # STU
act("relative", "卧室里黑乎乎的", darkBedroom())  # NAI
act("relative", "屋里太冷了", hotter(), note="the only AC")  # NAI
ask("relative", "那个灯太刺眼了", LIGHTS, note="'that light' with two lights and no room")  # NAI
act("relative", "窗帘往回拉一点", curt_less())  # NAI
act("relative", "空调调高点 不对 调低点", cooler(), note="correction: lower")  # FIX
act("relative", "床头灯调亮 不是 调暗", dimmer("bulb"), note="correction: dimmer")  # FIX

# ---------------------------------------------------------------- media
act("media", "音箱放首歌来听听呀", sp("play"))  # HZ
act("media", "电视声音小一点哦", quieter("tv"))  # HZ
act("media", "音箱声音开大点嘛", louder("spk"))  # HZ
act("media", "电视暂停一下 我去拿个快递", tvp("pause"))  # HZ
act("media", "电视盒子声音大点呀", louder("box"))  # HZ
act("media", "音箱接着放呀", sp("play"))  # HZ
act("media", "恁把电视声音关了", mute("tv"), note="the TV's sound off = mute (the TV stays on)")  # HN
act("media", "音箱换一首 这首不得劲", sp("next"))  # HN
act("media", "电视切到HDMI一", inp(1))  # HN
act("media", "盒子上放网飞", app("box", NETFLIX))  # HN
act("media", "电视调成AV", inp(4))  # HN
ask("media", "声音给俺调到二十", SOUND, note="three devices have a volume")  # HN
act("media", "音箱搞么子这么大声 小点咯", quieter("spk"))  # HU
act("media", "电视盒子继续放咯", boxp("play"))  # HU
act("media", "放回上一首咯", sp("previous"), note="only the speaker has previous")  # HU
act("media", "电视音量搞到二十", vol("tv", 20))  # HU
act("media", "能不能在电视上打开爱奇艺啊", app("tv"))  # STU
act("media", "音箱音量调到四十五", vol("spk", 45))  # STU
act("media", "盒子按一下返回", key(5))  # STU
act("media", "电视盒子往左", key(2))  # STU
act("media", "盒子上点一下确定", key(4))  # STU
act("media", "电视盒子菜单键按一下", key(7))  # STU
act("media", "电视盒子停止播放", boxp("stop"))  # STU
act("media", "盒子取消静音", unmute("box"))  # STU
ask("media", "先暂停吧", PLAYERS)  # STU
act("media", "电视盒子打开腾讯视频 然后音量调到三十", app("box"), vol("box", 30))  # STU
act("media", "放歌的那个 停了", sp("pause"), note="the speaker has no stop")  # NAI
act("media", "放歌那个声音太大了", tooloud("spk"))  # NAI
act("media", "电视里的声音打开 听不见", P("tv", "speaker.mute", False, alt=[louder("tv")]), note="the TV is not muted: unmuting (nothing new) or a louder TV are both right")  # NAI
act("media", "电视换成USB那个", inp(5))  # NAI
act("media", "让音箱说一句 吃饭啦", say("吃饭啦"))  # NAI
act("media", "电视调回看电视台的", inp(0), note="the TV tuner input")  # NAI
act("media", "先把音箱静音 再把电视暂停", mute("spk"), tvp("pause"))  # TWO
act("media", "把电视静音 不对 是盒子", mute("box"), note="correction")  # FIX
act("media", "下一首 哦不 上一首", sp("previous"), note="correction")  # FIX

# ---------------------------------------------------------------- scene
act("scene", "我们要看电影啦 帮我弄一下呀", S("movie"))  # HZ
act("scene", "早上好呀", S("good-morning"))  # HZ
act("scene", "欢迎回家那个打开一下呀", S("welcome-home"))  # HZ
act("scene", "俺回来了", S("welcome-home"))  # HN
act("scene", "睡了睡了 晚安", S("good-night"))  # HN
act("scene", "俺要歇了", S("good-night"), note="歇 = go to bed")  # HN
act("scene", "我回来哒", S("welcome-home"))  # HU
act("scene", "困哒 睡觉咯", S("good-night"))  # HU
act("scene", "搞个早安场景咯", S("good-morning"))  # HU
act("scene", "开启观影模式吧", S("movie"))  # STU
act("scene", "执行晚安场景", S("good-night"))  # STU
act("scene", "运行一下回家场景", S("welcome-home"))  # STU
act("scene", "起床了 早安", S("good-morning"))  # STU
act("scene", "电影模式走起", S("movie"))  # STU
no("scene", "开启派对场景", note="no such scene")  # STU
act("scene", "看电影那个 弄一下", S("movie"))  # NAI
act("scene", "我到家了", S("welcome-home"))  # NAI
act("scene", "天亮咯 早上那一套给我弄上", S("good-morning"), note="the morning routine = the Good morning scene")  # NAI
act("scene", "晚安 顺便把扫地机器人也送回去充电", S("good-night"), dock())  # TWO
act("scene", "执行早安 不对 是晚安", S("good-night"), note="correction")  # FIX

# ---------------------------------------------------------------- query
q("客厅现在几度呀", ("ac", "environment.temperature"))  # HZ
q("门是不是没关好呀", ("door", "magnet-sensor.contact-state"))  # HZ
q("电视是不是还开着", ("tv", "television.on"))  # HZ
q("卧室现在多少度", ("therm", "environment.temperature"))  # HN
q("恁看看那个扫地的还有多少电", ("vac", "battery.battery-level"))  # HN
q("水壶插座开着没", ("kettle", "switch.on"))  # HN
q("俺家空气咋样", ("pur", "environment.air-quality"))  # HN
q("厨房里还有啥开着没", ("kettle", "switch.on"), ("vac", "vacuum.status"))  # HN
q("卧室湿度几多", ("therm", "environment.relative-humidity"))  # HU
q("客厅有冇得人", ("mot", "motion-sensor.motion-state"))  # HU
q("空调开的么子模式", ("ac", "air-conditioner.mode"))  # HU
q("净化器滤芯还剩好多", ("pur", "filter.filter-life-level"))  # HU
q("现在PM2.5是多少啊", ("pur", "environment.pm25-density"))  # STU
q("空调目标温度设的多少", ("ac", "air-conditioner.target-temperature"))  # STU
q("扫地机器人现在在干嘛", ("vac", "vacuum.status"))  # STU
q("音箱现在在放歌吗", ("spk", "play-control.playing-state"))  # STU
q("电视盒子上在放什么", ("box", "tv-box.current-content"))  # STU
q("窗帘现在开了多少", ("curt", "curtain.current-position"))  # STU
q("客厅的光照度是多少", ("mot", "motion-sensor.illumination"))  # STU
q("床头那个灯关了没有", ("bulb", "light.on"))  # NAI
q("墙上那个开关 左边的开着没", ("wall", "left-switch.on"))  # NAI
q("烧水那个插座一共用了多少度电", ("kettle", "power-consumption.power-consumption"))  # NAI
q("净化器是不是还开着", ("pur", "air-purifier.on"))  # Q
q("客厅的灯现在多亮", ("ceil", "light.brightness"))  # Q
q("温度计还有电吗", ("therm", "battery.battery-level"))  # Q
q("门口那个门磁电池还够不够", ("door", "battery.battery-level"))  # Q
q("前门开了多久了", ("door", "magnet-sensor.open-duration"))  # Q
q("电视现在开的是哪个应用", ("tv", "television.current-app"))  # Q
q("人体传感器电量多少", ("mot", "battery.battery-level"))  # Q
q("卧室灯现在是什么颜色", ("bulb", "light.color"))  # Q
q("现在几度了", ("therm", "environment.temperature"), ("ac", "environment.temperature"), note="no room: the bedroom thermometer and the living-room AC sensor; answering either or both, or asking which room, is fine")  # Q

# ---------------------------------------------------------------- group
act("group", "家里的灯全部关掉呀", off("bulb"), off("ceil"))  # HZ
act("group", "客厅里所有东西都帮我关了哦", LIVING_OFF)  # HZ
act("group", "除了电视 客厅的电器全关了", off("ac"), off("ceil"), off("box"), wl(False), wr(False), note="LIVING_OFF without the TV")  # HZ
act("group", "所有灯都给俺开开", on("bulb"), on("ceil"))  # HN
act("group", "卧室里的全关了", off("bulb"), off("pur"))  # HN
act("group", "所有灯都弄到最亮", br("bulb", 100), br("ceil", 100))  # HN
act("group", "所有的灯搞暗一点咯", dimmer("bulb"), dimC())  # HU
act("group", "家里所有电器全部关咯", ALL_OFF)  # HU
act("group", "所有的声音都搞小点咯", quieter("spk"), quieter("tv"), quieter("box"))  # HU
act("group", "把所有的灯都调到百分之三十", br("bulb", 30), br("ceil", 30))  # STU
act("group", "所有能出声的都静音一下", MUTE_ALL)  # STU
act("group", "所有播放的设备都暂停", pause_all(), note="the three players")  # STU
act("group", "厨房所有设备关掉", off("kettle"), note="the kettle plug is the kitchen's only switchable device")  # STU
act("group", "卧室所有设备都打开", on("bulb"), on("pur"))  # STU
act("group", "全屋灯光全部关闭", off("bulb"), off("ceil"))  # STU
act("group", "墙上开关两边都开开", wl(True), wr(True))  # NAI
act("group", "屋里的灯都开了吧", on("bulb"), on("ceil"))  # NAI
act("group", "所有的灯都调成暖光", warmer("bulb"), warmer("ceil"), note="a warmer white on both; setting each to its warmest end is arguable too")  # NAI
act("group", "把所有灯关了 再把电视也关了", off("bulb"), off("ceil"), off("tv"))  # TWO
act("group", "客厅的东西全关了 不对 卧室的", off("bulb"), off("pur"), note="correction: the bedroom, the living room untouched")  # FIX

# ---------------------------------------------------------------- mode
act("mode", "家里切成离家模式呀", M("away"))  # HZ
act("mode", "睡眠模式开一下 家里的", M("sleep"))  # HZ
act("mode", "俺出门了 把家设成离家模式", M("away"))  # HN
act("mode", "离家模式关掉吧", M("home"))  # HN
act("mode", "家里搞成睡眠模式咯", M("sleep"))  # HU
no("mode", "搞个度假模式", note="no such mode")  # HU
act("mode", "切回在家模式", M("home"))  # STU
act("mode", "开启居家模式", M("home"))  # STU
act("mode", "把家里的模式改成睡眠", M("sleep"))  # NAI
act("mode", "家里改外出模式", M("away"))  # NAI

# ---------------------------------------------------------------- timer
act("timer", "二十分钟以后把电视关掉呀", off("tv"), delay=1200)  # HZ
act("timer", "两个小时后把净化器关掉", off("pur"), delay=7200)  # HZ
act("timer", "半个钟头后把空调关了", off("ac"), delay=1800)  # HN
act("timer", "三分钟之后把客厅灯关了", off("ceil"), delay=180)  # HN
act("timer", "一个钟头后关卧室的灯咯", off("bulb"), delay=3600)  # HU
no("timer", "等哈子把音乐关咯", note="no time given: nothing now")  # HU
act("timer", "能不能十五分钟后帮我把窗帘拉上啊", CLOSE(), delay=900)  # STU
act("timer", "五分钟后关掉水壶插座", off("kettle"), delay=300)  # STU
act("timer", "四十分钟后让扫地机器人开始扫地", sweep(), delay=2400)  # NAI
act("timer", "一个半钟头后电视盒子关掉", off("box"), delay=5400)  # NAI

# ---------------------------------------------------------------- safety
no("safety", "帮我把洗碗机弄一下呀", note="no dishwasher")  # HZ
ask("safety", "那个关掉呀")  # HZ
no("safety", "音箱调亮一点", note="a speaker has no light")  # HZ
no("safety", "恁弄啥嘞", note="chit-chat")  # HN
no("safety", "把大门给俺打开", note="doors are never opened by voice; the door is only a sensor")  # HN
no("safety", "把电暖气开开", note="no heater")  # HN
no("safety", "俺出去一趟哈", note="no scene or mode named")  # HN
no("safety", "搞么子咯 听不懂", note="chit-chat")  # HU
no("safety", "冇得事 莫管它", note="nothing asked")  # HU
no("safety", "把厨房的灯打开咯", note="the kitchen has no light")  # HU
no("safety", "窗帘静音咯", note="a curtain cannot be muted")  # HU
no("safety", "能不能帮我点个外卖啊")  # STU
no("safety", "明天会下雨吗")  # STU
no("safety", "打开空", note="a half sentence")  # STU
no("safety", "打开卧室里的电视", note="no TV in the bedroom: the living-room TV must not be switched on")  # STU
ask("safety", "把客厅打开一下", note="a bare room")  # STU
ask("safety", "打开网飞看看", APPS, note="the TV and the TV box can open it")  # STU
ask("safety", "那个东西 开一下")  # NAI
no("safety", "把那个 那个 嗯", note="a half sentence")  # NAI
no("safety", "打开加湿器", note="no humidifier")  # NAI
no("safety", "别关电视", note="a negation")  # NAI
no("safety", "玄关的灯开一下", note="the hallway has no light")  # NAI
no("safety", "开灯 算了 不用了", note="taken back")  # FIX
