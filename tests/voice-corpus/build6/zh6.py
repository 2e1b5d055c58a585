"""test6, Chinese half: hand-written, one utterance a line, each with a comment naming its voice.
Voices: FJ = a Fujian / Taiwan-influenced speaker (有…吗 for the past, 用一下, 超…的, 冷气, 电火 = an electric light, 喔,
啦, 好不好, 用成); TJ = a Tianjin / Hebei retiree (介 = 这, 嘛 = 什么, 倍儿, 得嘞, 喽, 开开, 您); XA = a Xi'an speaker (额 = 我,
咧, 咥, 谝, 嘹咋咧, 些, 么); MA = a young mother with a baby asleep (小声点, 别吵醒宝宝, 轻点); GA = a gamer in a hurry
(快, 马上, 赶紧, 开黑, 开团); CK = a distracted cook (half sentences, restarts, 那个…); FO = a formal written register
(请将…调至…, 关闭…电源, 请查询); RQ = someone who asks about state in roundabout ways (…还在转吗, …是不是没关, 多少度来着)."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")

# ---------------------------------------------------------------- power
act("power", "帮我把卧室的电火打开啦", on("bulb"), note="电火 (Taiwanese) = an electric light; the bedroom's is the bulb")  # FJ
act("power", "冷气帮我开一下好不好", on("ac"))  # FJ
act("power", "电视超吵的 关掉啦", off("tv"))  # FJ
act("power", "空气清净机用一下", on("pur"), note="用一下 (Taiwan) = switch it on for a while")  # FJ
act("power", "电视盒子帮我关掉喔", off("box"))  # FJ
act("power", "床头灯帮我关掉", off("bulb"))  # FJ
act("power", "介大灯给我关喽", off("ceil"), note="大灯 = the ceiling light")  # TJ
act("power", "您给我把电视开开 我看看新闻", on("tv"))  # TJ
act("power", "烧水那插座开一下 沏壶茶", on("kettle"))  # TJ
act("power", "墙上介开关 左边那个 给我关喽", wl(False))  # TJ
act("power", "扫地的那个 让它回去歇着吧", dock(), note="歇着 = go back to the dock")  # TJ
act("power", "额要看电视 把电视开开", on("tv"))  # XA
act("power", "把卧室那个净化器关咧", off("pur"))  # XA
act("power", "客厅那灯开开 黑咕隆咚的", on("ceil"))  # XA
act("power", "墙上那开关右边的 开开", wr(True))  # XA
act("power", "窗帘打开 额看看外头", OPEN())  # XA
act("power", "轻点 把卧室的灯关了 宝宝睡着了", off("bulb"))  # MA
act("power", "卧室的净化器开一下 宝宝在里面睡", on("pur"))  # MA
act("power", "先把电视关了 宝宝要睡了", off("tv"))  # MA
act("power", "扫地机先别扫了 吵到宝宝了", vstop())  # MA
act("power", "快快快 把空调开了 热死了", on("ac"))  # GA
act("power", "赶紧把电视盒子打开 马上开黑了", on("box"))  # GA
act("power", "窗帘拉上 马上 太阳晃眼", CLOSE())  # GA
act("power", "空调关了 赶紧的", off("ac"))  # GA
act("power", "那个 水壶的插座 帮我关一下", off("kettle"))  # CK
act("power", "把…那个…客厅的灯 开一下", on("ceil"))  # CK
act("power", "扫地机器人 开始扫吧 地上全是面粉", sweep())  # CK
act("power", "盒子…电视盒子开一下", on("box"))  # CK
act("power", "请关闭电视机电源", off("tv"))  # FO
act("power", "请开启卧室空气净化器", on("pur"))  # FO
act("power", "请打开客厅吸顶灯", on("ceil"))  # FO
act("power", "请断开厨房水壶插座的电源", off("kettle"))  # FO
act("power", "请让扫地机器人返回充电座", dock())  # FO

# ---------------------------------------------------------------- set
act("set", "冷气调到二十五度就好", tt(25))  # FJ
act("set", "床头灯换成红色的啦", col(RED))  # FJ
act("set", "空气清净机设成自动", pmode(0))  # FJ
act("set", "冷气开送风就好", acmode(4))  # FJ
act("set", "客厅的灯调成夜灯模式", lmode(1))  # FJ
act("set", "床头灯用成绿色", col(GREEN), note="用成 (Taiwan) = make it")  # FJ
act("set", "介空调给我调到二十六 倍儿舒服", tt(26))  # TJ
act("set", "窗帘给我拉一半", pos(50))  # TJ
act("set", "电视给我换到HDMI3", inp(3))  # TJ
act("set", "介吸顶灯 调成看电视那个模式", lmode(3))  # TJ
act("set", "音箱声音给我调到四十", vol("spk", 40))  # TJ
act("set", "把空调调成制热 额冻得不行", acmode(3))  # XA
act("set", "卧室灯亮度调到百分之三十", br("bulb", 30))  # XA
act("set", "扫地机吸力开到标准就行", vfan(1))  # XA
act("set", "床头灯弄成蓝色 嘹咋咧", col(BLUE))  # XA
act("set", "吸顶灯色温调到五千", ct("ceil", 5000))  # XA
act("set", "床头灯调到最暗", br("bulb", 1), note="the darkest the bulb goes: 1 %")  # MA
act("set", "音箱音量调到十 宝宝在睡", vol("spk", 10))  # MA
act("set", "净化器调成睡眠模式 别吵醒宝宝", pmode(1))  # MA
act("set", "床头灯换成暖黄光", P("bulb", "light.color-temperature", 2700, alt=[warmer("bulb")]),
    note="warm yellow white: 2700 K or simply warmer")  # MA
act("set", "空调调到二十七度 别太凉 宝宝会着凉", tt(27))  # MA
act("set", "空调马上调到十八度", tt(18))  # GA
ask("set", "风速开最大 快", ["living-ac", "bedroom-purifier"],
    note="both the AC and the purifier have a fan level; no device named")  # GA
act("set", "客厅灯亮度拉满", br("ceil", 100))  # GA
act("set", "空调风速调到中档", acfan(2))  # GA
act("set", "空调开制冷 二十度", acmode(1), tt(20))  # GA
act("set", "空调…调到二十四度 对 二十四", tt(24))  # CK
act("set", "把吸顶灯 那个亮度 调到七十", br("ceil", 70))  # CK
act("set", "净化器 风量调到高档", pfan(3))  # CK
act("set", "床头灯调成白光 最白的那种", ct("bulb", 6500))  # CK
act("set", "请将客厅空调温度调至二十三点五摄氏度", tt(23.5))  # FO
act("set", "请将卧室床头灯色温调至三千开尔文", ct("bulb", 3000))  # FO
act("set", "请将空调运行模式设置为除湿", acmode(2))  # FO
act("set", "请将窗帘开合度调整为百分之二十", pos(20))  # FO
act("set", "请将电视机信号源切换至AV", inp(4))  # FO
act("set", "请将扫地机器人吸力设置为强力", vfan(2))  # FO
act("set", "请将空调风速设置为自动", acfan(0))  # FO

# ---------------------------------------------------------------- relative
act("relative", "冷气超冷的 调高一点啦", hotter())  # FJ
act("relative", "音箱超小声的 大声一点", louder("spk"))  # FJ
act("relative", "床头灯亮一点好不好", brighter("bulb"))  # FJ
act("relative", "客厅超暗的", brightC(), note="the only light of the living room (on at 36 %)")  # FJ
act("relative", "介屋里倍儿热 给我凉快凉快", cooler(), note="the only AC")  # TJ
act("relative", "电视声儿倍儿大 给我调小点", quieter("tv"))  # TJ
act("relative", "窗帘再拉开点儿", curt_more(), note="already fully open in the home's state; labelled as said")  # TJ
act("relative", "介屋里冷飕飕的", hotter())  # TJ
act("relative", "空调温度再往上提提", hotter())  # TJ
act("relative", "客厅灯太亮咧 调暗些", dimC())  # XA
act("relative", "额觉得有点冷 空调再调高两度", hotter())  # XA
act("relative", "窗帘关小些", curt_less())  # XA
act("relative", "电视盒子声音大些", louder("box"))  # XA
act("relative", "空调风大些", up("ac", "fan-control.fan-level"))  # XA
act("relative", "音箱小声点 别吵醒宝宝", quieter("spk"))  # MA
act("relative", "床头灯再暗一点点", dimmer("bulb"))  # MA
act("relative", "电视声音再小点 宝宝刚睡着", quieter("tv"))  # MA
act("relative", "床头灯颜色调暖一点 太白了刺眼", warmer("bulb"))  # MA
act("relative", "净化器风小一点 太吵了", dn("pur", "air-purifier.fan-level"))  # MA
ask("relative", "快 亮一点 看不清键盘", LIGHTS, note="no room, two lights")  # GA
act("relative", "空调再低两度 马上", cooler())  # GA
act("relative", "吸顶灯色温调高点 冷一点的白", cooler_white("ceil"))  # GA
ask("relative", "声音再大点 快", SOUND)  # GA
act("relative", "那个 音箱 声音大点 听不见", louder("spk"))  # CK
act("relative", "太热了 厨房热死了 空调…调低点", cooler(),
    note="the AC is named (it is in the living room, the only one): a lower set point")  # CK
act("relative", "灯暗一点…客厅的", dimC())  # CK
act("relative", "太亮了 哦不是 太暗了 卧室", darkBedroom(), note="self-correction: the last word counts")  # CK
act("relative", "请将客厅吸顶灯亮度适当调高", brightC())  # FO
act("relative", "请将空调设定温度降低一度", cooler())  # FO
act("relative", "请将电视盒子音量适当调低", quieter("box"))  # FO
act("relative", "请适当降低卧室床头灯亮度", dimmer("bulb"))  # FO

# ---------------------------------------------------------------- media
act("media", "音箱放一下音乐好不好", sp("play"))  # FJ
act("media", "电视先暂停一下 我去拿个东西", tvp("pause"))  # FJ
act("media", "网飞帮我在电视盒子打开", app("box", NETFLIX))  # FJ
act("media", "下一首啦 这首超难听", sp("next"), note="only the speaker has next")  # FJ
act("media", "电视盒子按一下确定", key(4))  # FJ
act("media", "电视打开腾讯视频", app("tv"))  # FJ
act("media", "音箱继续放", sp("play"))  # FJ
act("media", "介音箱给我放段相声", sp("play"), note="the profile's play; the programme cannot be chosen")  # TJ
act("media", "电视静音 我接个电话", mute("tv"))  # TJ
act("media", "上一首 再听一遍", sp("previous"))  # TJ
act("media", "盒子给我往下翻一个", key(1))  # TJ
act("media", "电视声音开开 介嘛也听不见", P("tv", "speaker.mute", False, alt=[louder("tv")]),
    note="unmute (the TV is not muted) or louder, as TEST5.md")  # TJ
act("media", "音箱放个秦腔 额想听", sp("play"))  # XA
act("media", "电视盒子打开爱奇艺", app("box"))  # XA
act("media", "电视换到HDMI1 额打游戏", inp(1))  # XA
act("media", "电视盒子返回", key(5))  # XA
act("media", "音箱音量调到五十", vol("spk", 50))  # XA
act("media", "电视盒子打开优酷", app("box"))  # XA
act("media", "音箱暂停 宝宝醒了", sp("pause"))  # MA
act("media", "电视盒子静音 宝宝在睡", mute("box"))  # MA
act("media", "音箱放首摇篮曲", sp("play"))  # MA
act("media", "电视盒子退回主页", key(6))  # MA
act("media", "音箱声音关掉", mute("spk"))  # MA
act("media", "电视切到HDMI2 快 马上开打了", inp(2))  # GA
act("media", "电视盒子继续播放", boxp("play"))  # GA
act("media", "电视盒子菜单键", key(7))  # GA
ask("media", "暂停 快", PLAYERS)  # GA
act("media", "音乐…音乐停一下", sp("pause"))  # CK
act("media", "下一首 下一首", sp("next"))  # CK
act("media", "电视 继续放吧", tvp("play"))  # CK
act("media", "电视盒子 那个 停了吧 不看了", boxp("stop"))  # CK
act("media", "请将电视机音量调至二十", vol("tv", 20))  # FO
act("media", "请暂停电视盒子当前播放的内容", boxp("pause"))  # FO
act("media", "请停止电视盒子的播放", boxp("stop"))  # FO
act("media", "请在电视上打开网飞", app("tv", NETFLIX))  # FO
act("media", "请取消音箱静音", unmute("spk"))  # FO
act("media", "请将电视盒子音量调至十五", vol("box", 15))  # FO

# ---------------------------------------------------------------- scene
act("scene", "晚安喔 我要去睡了", S("good-night"))  # FJ
act("scene", "我到家了啦", S("welcome-home"))  # FJ
act("scene", "开那个看电影的", S("movie"))  # FJ
act("scene", "要看电影了啦", S("movie"))  # FJ
act("scene", "得嘞 睡觉去喽 晚安", S("good-night"))  # TJ
act("scene", "早上好啊 开始早安那套", S("good-morning"))  # TJ
no("scene", "开个聚会模式 来客人了", note="no such scene or mode")  # TJ
act("scene", "额回来咧", S("welcome-home"))  # XA
act("scene", "看电影咧 开观影模式", S("movie"))  # XA
no("scene", "开个浪漫模式", note="no such scene or mode")  # XA
act("scene", "宝宝睡了 我们也睡吧 晚安", S("good-night"))  # MA
act("scene", "早安 宝宝醒了", S("good-morning"))  # MA
act("scene", "晚安 水壶插座也关一下", S("good-night"), off("kettle"))  # MA
act("scene", "开电影场景 快", S("movie"))  # GA
act("scene", "欢迎回家…那个场景 开一下", S("welcome-home"))  # CK
act("scene", "早安…早上好 开早安", S("good-morning"))  # CK
act("scene", "请执行晚安场景", S("good-night"))  # FO
act("scene", "请启动观影场景", S("movie"))  # FO
act("scene", "请执行欢迎回家场景", S("welcome-home"))  # FO
act("scene", "请执行早安场景", S("good-morning"))  # FO

# ---------------------------------------------------------------- query
q("我有关冷气吗", ("ac", "air-conditioner.on"), note="有…吗 (Taiwan) for the past: did I switch it off = is it on")  # FJ
q("床头灯我有关吗", ("bulb", "light.on"))  # FJ
q("卧室湿度是不是超高的 现在多少", ("therm", "environment.relative-humidity"))  # FJ
q("扫地机器人有在充电吗", ("vac", "battery.charging-state"))  # FJ
q("卧室嘛温度啊", ("therm", "environment.temperature"), note="嘛 (Tianjin) = what")  # TJ
q("介空调设的多少度", ("ac", "air-conditioner.target-temperature"))  # TJ
q("扫地那个电还剩多少", ("vac", "battery.battery-level"))  # TJ
q("卧室空气咋样 额嗓子不舒服", ("pur", "environment.air-quality"))  # XA
q("净化器滤芯还能用多久", ("pur", "filter.filter-life-level"))  # XA
q("客厅有人么 那个传感器看见啥咧", ("mot", "motion-sensor.motion-state"))  # XA
q("卧室现在几度 宝宝会不会冷", ("therm", "environment.temperature"))  # MA
q("卧室湿度多少 宝宝皮肤干", ("therm", "environment.relative-humidity"))  # MA
q("宝宝在卧室 那边PM2.5多少", ("pur", "environment.pm25-density"))  # MA
q("空调现在开着没 快说", ("ac", "air-conditioner.on"))  # GA
q("音箱音量现在多少", ("spk", "speaker.volume"))  # GA
q("水壶插座 现在功率多少", ("kettle", "power-consumption.electric-power"))  # CK
q("电视…电视上放的啥", ("tv", "television.current-content"))  # CK
q("请查询客厅当前室温", ("ac", "environment.temperature"))  # FO
q("请报告窗帘当前开合位置", ("curt", "curtain.current-position"))  # FO
q("请查询门磁传感器电池电量", ("door", "battery.battery-level"))  # FO
q("请查询厨房插座累计用电量", ("kettle", "power-consumption.power-consumption"))  # FO
q("扫地机器人还在转吗", ("vac", "vacuum.status"))  # RQ
q("电视是不是没关", ("tv", "television.on"))  # RQ
q("现在多少度来着", ("therm", "environment.temperature"), ("ac", "environment.temperature"),
  note="no room: the bedroom thermometer and/or the living-room AC sensor, or asking which room (TEST5.md)")  # RQ
q("玄关那个门 关上了没", ("door", "magnet-sensor.contact-state"))  # RQ
q("烧水那个插座 是不是还通着电", ("kettle", "switch.on"))  # RQ
q("客厅那灯还亮着吗", ("ceil", "light.on"))  # RQ
q("窗帘现在是拉开的还是拉上的", ("curt", "curtain.current-position"))  # RQ
q("电视盒子在放什么来着", ("box", "tv-box.current-content"))  # RQ
q("温湿度计电池是不是快没电了", ("therm", "battery.battery-level"))  # RQ
q("客厅亮度多少来着 传感器测的那个", ("mot", "motion-sensor.illumination"))  # RQ
q("门开了多久了", ("door", "magnet-sensor.open-duration"))  # RQ

# ---------------------------------------------------------------- group
act("group", "所有的灯都帮我关掉啦", off("bulb"), off("ceil"))  # FJ
act("group", "客厅的东西全部关掉喔", LIVING_OFF)  # FJ
act("group", "在播的全部暂停一下", pause_all())  # FJ
act("group", "介家里电器全给我关喽 出门遛弯去", ALL_OFF,
    note="going out for a walk names no mode: all that switches off")  # TJ
act("group", "全部灯都开开 倍儿黑", on("bulb"), on("ceil"))  # TJ
act("group", "墙上俩开关都给我打开", wl(True), wr(True))  # TJ
act("group", "卧室所有设备都关咧", off("bulb"), off("pur"))  # XA
act("group", "除了空调 客厅别的都关咧", [a for a in LIVING_OFF if a != off("ac")],
    note="exclusion: LIVING_OFF without the AC")  # XA
act("group", "所有灯都调暗些", dimmer("bulb"), dimC(),
    note="the bedside bulb is off: dimming it sends a brightness only (it must not be switched on)")  # XA
act("group", "所有声音都关掉 宝宝睡了", MUTE_ALL, note="mute the three players (pausing them is arguable too)")  # MA
act("group", "除了床头灯 别的灯都关了", off("ceil"), note="exclusion: the bedside bulb stays")  # MA
act("group", "卧室的全部关掉 除了净化器", off("bulb"), note="exclusion: the purifier stays")  # MA
act("group", "全部灯打开 快", on("bulb"), on("ceil"))  # GA
act("group", "客厅的灯全关了 开团了", off("ceil"))  # GA
act("group", "厨房所有电器…都关了", off("kettle"))  # CK
act("group", "所有的…所有灯都关了吧", off("bulb"), off("ceil"))  # CK
act("group", "请关闭全部灯光", off("bulb"), off("ceil"))  # FO
act("group", "请关闭客厅内所有设备电源", LIVING_OFF)  # FO
act("group", "请将所有灯光亮度调至百分之二十", br("bulb", 20), br("ceil", 20))  # FO
act("group", "请关闭除电视机以外的所有设备", [a for a in ALL_OFF if a != off("tv")],
    note="exclusion: ALL_OFF without the TV")  # FO

# ---------------------------------------------------------------- mode
act("mode", "切到离家模式喔", M("away"))  # FJ
no("mode", "开个出差模式", note="no such home mode")  # FJ
act("mode", "给我切到睡眠模式 睡觉喽", M("sleep"))  # TJ
no("mode", "设个防盗模式", note="no such home mode (and nothing arms security by voice)")  # TJ
act("mode", "额出门咧 开离家模式", M("away"))  # XA
act("mode", "开启睡眠模式 宝宝睡了", M("sleep"))  # MA
act("mode", "离家模式关了 我回来了 快", M("home"))  # GA
act("mode", "那个…睡眠模式关一下 起床了", M("home"))  # CK
act("mode", "请将家庭模式设置为离家", M("away"))  # FO
act("mode", "请将家庭模式切换为在家", M("home"))  # FO

# ---------------------------------------------------------------- timer
act("timer", "半小时后帮我关冷气", off("ac"), delay=1800)  # FJ
no("timer", "晚一点再帮我开冷气", note="vague time: nothing now")  # FJ
act("timer", "一个钟头以后把电视关喽", off("tv"), delay=3600)  # TJ
no("timer", "待会儿把扫地机开开", note="vague time: nothing now")  # TJ
act("timer", "二十分钟以后把床头灯关咧", off("bulb"), delay=1200)  # XA
act("timer", "十五分钟后把音箱关了 宝宝应该睡着了", sp("pause"), delay=900,
    note="the speaker has no power switch: stop (pause) its playback")  # MA
act("timer", "四十五分钟后关空调", off("ac"), delay=2700)  # GA
act("timer", "五分钟以后 把水壶插座关掉", off("kettle"), delay=300)  # CK
no("timer", "等会儿把电视盒子关了", note="vague time: nothing now")  # CK
act("timer", "请于两小时后关闭卧室空气净化器", off("pur"), delay=7200)  # FO
act("timer", "请在十分钟后打开客厅窗帘", OPEN(), delay=600)  # FO

# ---------------------------------------------------------------- safety
no("safety", "电暖炉开一下", note="no heater in the home")  # FJ
no("safety", "你好可爱喔", note="chit-chat")  # FJ
no("safety", "冷气调到", note="half sentence")  # FJ
no("safety", "不要关电视喔", note="negation")  # FJ
no("safety", "介投影仪给我打开", note="no projector")  # TJ
no("safety", "吃了吗您", note="greeting")  # TJ
ask("safety", "把厨房关喽", note="bare room (the kettle plug and the vacuum are there)")  # TJ
ask("safety", "卧室给我开开", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # TJ
no("safety", "额想咥一碗油泼面", note="chit-chat, not about the home")  # XA
ask("safety", "把那个开开", note="no target")  # XA
no("safety", "卧室的电视开开", note="no TV in the bedroom; the living-room TV must not be switched on")  # XA
no("safety", "给额谝一会儿", note="chit-chat")  # XA
no("safety", "别开灯 宝宝刚睡着", note="negation")  # MA
no("safety", "关…算了 不用了", note="take-back")  # MA
no("safety", "把窗帘调成粉色", note="the curtain has no colour")  # MA
ask("safety", "音量调小一点", SOUND)  # MA
no("safety", "书房的灯打开 快", note="the home has no study")  # GA
ask("safety", "开灯 快点", LIGHTS)  # GA
no("safety", "把电视调亮一点 快", note="the TV has no brightness")  # GA
no("safety", "把那个…那个…", note="half sentence")  # CK
no("safety", "帮我把家里弄得舒服点", note="names no scene, mode or device")  # FO
no("safety", "抽油烟机开一下", note="no range hood")  # CK
no("safety", "打开烤箱 预热两百度", note="no oven")  # CK
no("safety", "请开启洗衣机", note="no washing machine")  # FO
no("safety", "请解锁入户门", note="no lock; never by voice")  # FO
no("safety", "请将空调温度调至十四摄氏度", note="out of range (16-30 °C)")  # FO
no("safety", "请打开大门", note="a door sensor cannot open a door")  # FO
ask("safety", "关了", note="no target")  # RQ
