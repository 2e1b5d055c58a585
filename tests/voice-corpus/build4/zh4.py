"""test4, Chinese: hand-written, one utterance a line; the comment names the voice.

Voices: DB = a northeastern (东北) dad (整, 嘎哈, 贼, 老, 咋, 给我整…); CD = a Sichuan/Chongqing grandmother writing
Mandarin with her words (莫, 啥子, 要得, 嘛, 一哈, 好多, 头); GZ = a Guangzhou family member writing simplified Mandarin
with Cantonese word choices (冷气, 水煲, 熄灯, 开着先, 抽湿, 早晨, 返, 几多, 晒, 焗); TEEN = a teenager (short, clipped);
OLD = a polite elderly woman (麻烦你, 请帮我把…, 谢谢); COOK = a busy cook in the kitchen (烧水, 水壶, 插座);
ASR = speech-to-text (no punctuation, homophone slips a person would still understand); NUM = numbers in words
(二十三度, 百分之四十, 一半, 八成).
"""
from lib import (A, CLOSE, P, ALL_OFF, LIGHTS, LIVING_OFF, NETFLIX, OPEN, PLAYERS, SOUND, M, S, acfan, acmode, act, app, ask, boxp,
                 br, brighter, col, cooler, ct, dimmer, dn, dock, hotter, inp, key, lang, lmode, louder, mute, no, off, on,
                 pfan, pmode, pos, q, quieter, sp, sweep, tt, tvp, unmute, up, vfan, vol, wl, wr)
from common4 import (BLUE, GREEN, RED, brightC, cooler_white, darkBedroom, dimC, hswing, vswing, warmer)

lang("zh")

# ---------------- power ----------------
act("power", "把电视给我整开", on("tv"))  # DB
act("power", "空调关了吧 贼费电", off("ac"))  # DB
act("power", "客厅大灯整灭了", off("ceil"))  # DB
act("power", "净化器开开", on("pur"))  # DB
act("power", "卧室灯咋还亮着呢 给关了", off("bulb"))  # DB
act("power", "墙上左边那开关给整开", wl(True))  # DB
act("power", "电视关了 别看了", off("tv"))  # DB
act("power", "把电视机关了嘛", off("tv"))  # CD
act("power", "空调莫开了 关了它", off("ac"), note="莫开了 = stop running it; 关了它 says so")  # CD
act("power", "屋里那个净化器关了嘛", off("pur"), note="the home's only purifier")  # CD
act("power", "床头那个灯开一哈", on("bulb"))  # CD
act("power", "扫地机器人 扫一哈地嘛", sweep())  # CD
act("power", "开冷气", on("ac"), note="冷气 = the air conditioner")  # GZ
act("power", "帮我熄了客厅的灯", off("ceil"), note="熄 = switch off a light")  # GZ
act("power", "电视机开着先", on("tv"))  # GZ
act("power", "水煲开一下", on("kettle"), note="水煲 = the kettle: its plug")  # GZ
act("power", "扫地机返去充电", dock(), note="返去 = go back")  # GZ
act("power", "电视 开", on("tv"))  # TEEN
act("power", "盒子关", off("box"))  # TEEN
act("power", "空调开", on("ac"))  # TEEN
act("power", "麻烦你帮我把卧室的灯打开", on("bulb"))  # OLD
act("power", "请帮我把空气净化器关掉 谢谢", off("pur"))  # OLD
act("power", "麻烦把客厅的吸顶灯开一下", on("ceil"))  # OLD
act("power", "请把墙上右边那个开关关一下", wr(False))  # OLD
act("power", "烧水", on("kettle"), note="the kettle plug on (TEST2: put the kettle on)")  # COOK
act("power", "水壶插座关了", off("kettle"))  # COOK
act("power", "把厨房插座打开", on("kettle"))  # COOK
act("power", "厨房那个烧水的关一下", off("kettle"))  # COOK
act("power", "打开客厅的空调", on("ac"))  # ASR
act("power", "把空调打开 顺便把窗帘拉上", on("ac"), CLOSE())  # DB
act("power", "把窗帘拉开嘛 透透光", OPEN())  # CD
act("power", "窗帘停一下 别拉了", A("curt", "curtain.stop"))  # COOK
act("power", "关闭电视盒子", off("box"))  # ASR
act("power", "打开机顶盒", on("box"))  # ASR
act("power", "把卧室的等关掉", off("bulb"), note="ASR slip: 等 for 灯")  # ASR
act("power", "打开客厅的吸顶等", on("ceil"), note="ASR slip: 吸顶等 for 吸顶灯")  # ASR
act("power", "把电视官了", off("tv"), note="ASR slip: 官 for 关")  # ASR

# ---------------- set ----------------
act("set", "空调整到二十三度", tt(23))  # DB
act("set", "空调给我整成制热", acmode(3))  # DB
act("set", "卧室灯整成红色的", col(RED))  # DB
act("set", "空调风速整到高档", acfan(3))  # DB
act("set", "卧室灯亮度整到十", br("bulb", 10))  # DB
act("set", "空调开二十六度嘛", tt(26), note="the AC is off: the setting only (TEST2 convention)")  # CD
act("set", "窗帘拉一半", pos(50))  # CD
act("set", "净化器调成睡眠模式", pmode(1), note="the purifier's Sleep mode, not the home's")  # CD
act("set", "空调设成自动模式嘛", acmode(0))  # CD
act("set", "窗帘拉到八成", pos(80), note="八成 = 80 %")  # CD
act("set", "冷气调到二十五度", tt(25))  # GZ
act("set", "冷气开抽湿", acmode(2), note="抽湿 = dehumidify: Dry")  # GZ
act("set", "冷气风速开低档", acfan(1))  # GZ
act("set", "床头灯转蓝色", col(BLUE))  # GZ
act("set", "盒子声音调到十五", vol("box", 15))  # GZ
act("set", "音箱音量五十", vol("spk", 50))  # TEEN
act("set", "电视切HDMI2", inp(2))  # TEEN
act("set", "净化器 最高档", pfan(3), note="fan level High (applies in manual mode)")  # TEEN
act("set", "麻烦你把卧室灯的亮度调到百分之四十", br("bulb", 40))  # OLD
act("set", "请把客厅的灯调成阅读模式", lmode(2))  # OLD
act("set", "麻烦把空调温度设成二十四度半", tt(24.5))  # OLD
act("set", "请把净化器设为自动模式", pmode(0))  # OLD
act("set", "请把客厅灯换成看电视的模式", lmode(3), note="the ceiling light's TV preset")  # OLD
act("set", "扫地机调成安静模式", vfan(0), note="the vacuum's Quiet suction")  # COOK
act("set", "扫地机吸力开到最大", vfan(3))  # COOK
act("set", "把客厅灯亮度调到百分之六十", br("ceil", 60))  # ASR
act("set", "卧室灯色温调到四千K", ct("bulb", 4000))  # ASR
act("set", "空调开启上下扫风", vswing(True))  # ASR
act("set", "空调打开左右摆风", hswing(True))  # ASR
ask("set", "设置亮度百分之五十", LIGHTS, note="two lights, no room")  # ASR
act("set", "客厅灯色温调到五千", ct("ceil", 5000))  # NUM
act("set", "窗帘开到百分之三十", pos(30))  # NUM
act("set", "电视音量调到二十", vol("tv", 20))  # NUM
act("set", "请把电视打开 再把音量调到三十", on("tv"), vol("tv", 30))  # OLD
act("set", "卧室灯调成绿色", col(GREEN))  # NUM

# ---------------- relative ----------------
act("relative", "贼热 空调整低点", cooler())  # DB
act("relative", "这屋咋这么冷呢", hotter(), note="cold = raise the only AC's set point")  # DB
act("relative", "客厅灯太暗了 整亮点", brightC())  # DB
act("relative", "窗帘再拉开点", up("curt", "curtain.target-position"))  # DB
act("relative", "空调再给整高一度", hotter())  # DB
act("relative", "好热哦 遭不住", cooler())  # CD
ask("relative", "声音小点嘛", SOUND, note="speaker, TV and TV box all have a volume")  # CD
act("relative", "卧室的灯暗一点嘛 太刺眼了", dimmer("bulb"))  # CD
act("relative", "窗帘关一点点", dn("curt", "curtain.target-position"))  # CD
act("relative", "冷气好冻啊 调高两度", hotter())  # GZ
act("relative", "电视声音细一点", quieter("tv"), note="细 = quiet (Cantonese)")  # GZ
act("relative", "音响大声少少", louder("spk"), note="大声少少 = a little louder")  # GZ
act("relative", "卧室好黑啊", darkBedroom(), note="the bulb is off: brighten it or switch it on")  # GZ
act("relative", "好焗啊", cooler(), note="焗 = stuffy and hot (Cantonese)")  # GZ
act("relative", "音箱 大声点", louder("spk"))  # TEEN
act("relative", "电视小声点", quieter("tv"))  # TEEN
act("relative", "电视太吵了", dict(quieter("tv"), **{"or": [P("tv", "speaker.mute", True)]}),
    note="quieter, or muting it")  # TEEN
act("relative", "麻烦你把客厅的灯稍微调暗一点", dimC())  # OLD
act("relative", "屋里有点凉 麻烦把温度调高一点", hotter())  # OLD
act("relative", "请把音箱的声音调小一些", quieter("spk"))  # OLD
act("relative", "盒子声音大一点 我在厨房听不见", louder("box"))  # COOK
act("relative", "净化器风大点", up("pur", "air-purifier.fan-level"))  # COOK
act("relative", "空调温度调低两度", cooler())  # ASR
act("relative", "空调风速调大一点", up("ac", "fan-control.fan-level"))  # ASR
act("relative", "卧室灯再暖黄一点", warmer("bulb"), note="warmer = lower colour temperature")  # ASR
act("relative", "客厅亮度调高", brightC())  # ASR
act("relative", "卧室灯调亮些", brighter("bulb"), note="explicit brightness word: the change only")  # ASR
act("relative", "客厅灯调冷白一些", cooler_white("ceil"))  # NUM
act("relative", "机顶盒音量减小一些", quieter("box"))  # NUM

# ---------------- media ----------------
act("media", "音箱整点音乐听听", sp("play"))  # DB
act("media", "切了 这歌贼难听", sp("next"), note="切 = skip; only the speaker has next")  # DB
act("media", "电视静音", mute("tv"))  # DB
act("media", "盒子那返回键按一下", key(5))  # DB
act("media", "机顶盒 按确定", key(4))  # DB
act("media", "音乐停一哈", sp("pause"), note="music = the speaker; it has no stop")  # CD
act("media", "上一首嘛", sp("previous"))  # CD
act("media", "电视莫出声了", mute("tv"))  # CD
act("media", "电视换成USB那个", inp(5))  # CD
act("media", "音响播歌", sp("play"))  # GZ
act("media", "盒子打开网飞", app("box", NETFLIX), note="网飞 = Netflix")  # GZ
act("media", "电视机转去HDMI1", inp(1))  # GZ
act("media", "盒子返回主页", key(6))  # GZ
act("media", "盒子静音先", mute("box"))  # GZ
act("media", "来点音乐", sp("play"),
    note="music = the speaker (the TV and the TV box play video); asking which is arguable")  # TEEN
act("media", "切歌", sp("next"))  # TEEN
ask("media", "静音啦", SOUND, note="three devices can mute")  # TEEN
act("media", "音箱取消静音", unmute("spk"))  # TEEN
act("media", "电视继续", tvp("play"))  # TEEN
act("media", "麻烦你把电视暂停一下", tvp("pause"))  # OLD
act("media", "请帮我把电视的声音打开", unmute("tv"), note="the TV is not muted: unmute, nothing else")  # OLD
act("media", "麻烦把音箱的音乐继续放", sp("play"))  # OLD
act("media", "请把电视换回普通电视节目", inp(0))  # OLD
act("media", "音箱暂停 我接个电话", sp("pause"))  # COOK
act("media", "电视盒子暂停一下", boxp("pause"))  # COOK
act("media", "电视上打开腾讯视频", app("tv"), note="no package given for 腾讯视频")  # COOK
act("media", "机顶盒打开奈飞", app("box", NETFLIX))  # ASR
act("media", "电视打开爱奇艺", app("tv"))  # ASR
act("media", "电视盒子继续播放", boxp("play"))  # ASR
act("media", "机顶盒停止播放", boxp("stop"))  # ASR
act("media", "电视信号源切换到AV", inp(4))  # ASR
act("media", "机顶盒向上", key(0))  # ASR
act("media", "电视切到HDMI三", inp(3))  # NUM
act("media", "盒子音量调到百分之二十五", vol("box", 25))  # NUM

# ---------------- scene ----------------
act("scene", "整个观影模式", S("movie"), note="观影模式 is the Movie scene")  # DB
act("scene", "我到家了", S("welcome-home"))  # DB
act("scene", "睡了睡了 晚安", S("good-night"))  # DB
act("scene", "早上了 起床了", S("good-morning"))  # DB
act("scene", "要看电影了哈", S("movie"))  # CD
act("scene", "晚安嘛 睡瞌睡了", S("good-night"))  # CD
act("scene", "早上好哦", S("good-morning"))  # CD
act("scene", "回屋了", S("welcome-home"), note="回屋 = come home")  # CD
act("scene", "早晨", S("good-morning"), note="Cantonese good morning")  # GZ
act("scene", "我返来了", S("welcome-home"), note="返来 = come back")  # GZ
act("scene", "好了 我去睡了 晚安", S("good-night"))  # GZ
act("scene", "看电影模式开一下", S("movie"))  # GZ
act("scene", "电影模式", S("movie"))  # TEEN
act("scene", "晚安啦", S("good-night"))  # TEEN
act("scene", "请帮我执行早安场景", S("good-morning"))  # OLD
act("scene", "我要看电影了 麻烦你准备一下", S("movie"))  # OLD
act("scene", "执行欢迎回家", S("welcome-home"))  # COOK
act("scene", "启动观影场景", S("movie"))  # ASR
act("scene", "打开早安模式", S("good-morning"), note="早安 is a scene, not a home mode")  # ASR
act("scene", "开启晚安场景", S("good-night"))  # ASR

# ---------------- query ----------------
q("门关没关啊", ("door", "magnet-sensor.contact-state"))  # DB
q("卧室多少度", ("therm", "environment.temperature"))  # DB
q("空调开着没", ("ac", "air-conditioner.on"))  # DB
q("扫地机干啥呢", ("vac", "vacuum.status"))  # DB
q("屋头空气好不好嘛", ("pur", "environment.air-quality"), note="the only air-quality sensor")  # CD
q("扫地机器人还有好多电", ("vac", "battery.battery-level"), note="好多 = how much (Sichuan)")  # CD
q("客厅头好多度哦", ("ac", "environment.temperature"), note="living-room temperature = the AC's sensor")  # CD
q("卧室灯是不是开起的", ("bulb", "light.on"))  # CD
q("冷气设的几多度", ("ac", "air-conditioner.target-temperature"), note="几多 = how many")  # GZ
q("电视机开着吗", ("tv", "television.on"))  # GZ
q("大门关好了冇", ("door", "magnet-sensor.contact-state"))  # GZ
q("客厅的灯几光", ("ceil", "light.brightness"), note="几光 = how bright (Cantonese)")  # GZ
q("电视在放啥", ("tv", "television.current-content"))  # TEEN
q("音箱音量多少", ("spk", "speaker.volume"))  # TEEN
q("盒子开了没", ("box", "tv-box.on"))  # TEEN
q("麻烦你告诉我卧室的湿度是多少", ("therm", "environment.relative-humidity"))  # OLD
q("请问客厅的窗帘是开着还是关着", ("curt", "curtain.current-position"))  # OLD
q("请问空气净化器的滤芯还能用多久", ("pur", "filter.filter-life-level"))  # OLD
q("请问现在温度计显示多少度", ("therm", "environment.temperature"))  # OLD
q("水壶插座现在开着吗", ("kettle", "switch.on"))  # COOK
q("插座现在用了多少瓦", ("kettle", "power-consumption.electric-power"))  # COOK
q("插座那边电压多少", ("kettle", "power-consumption.voltage"), note="only the plug measures voltage")  # COOK
q("卧室的PM2.5是多少", ("pur", "environment.pm25-density"))  # ASR
q("玄关的门开着吗", ("door", "magnet-sensor.contact-state"))  # ASR
q("门磁电量还剩多少", ("door", "battery.battery-level"))  # ASR
q("客厅有人吗", ("mot", "motion-sensor.motion-state"), note="the motion sensor")  # ASR
q("人体传感器电池还有多少", ("mot", "battery.battery-level"))  # ASR
q("温湿度计电量多少", ("therm", "battery.battery-level"))  # ASR
q("插座一共用了多少度电", ("kettle", "power-consumption.power-consumption"), note="度 = kWh")  # NUM

# ---------------- group ----------------
act("group", "灯全给我关了", off("bulb"), off("ceil"), note="lights = the two lights, never the wall switch")  # DB
act("group", "客厅里的玩意儿全整灭了", LIVING_OFF)  # DB
act("group", "屋里所有电器都给我关了", ALL_OFF)  # DB
act("group", "所有灯都整暗点", dimmer("bulb"), dimC())  # DB
act("group", "所有灯都打开嘛", on("bulb"), on("ceil"))  # CD
act("group", "卧室的东西全部关了", off("bulb"), off("pur"))  # CD
act("group", "厨房头的全部关了", off("kettle"), note="the kitchen's only switching device")  # CD
act("group", "在放的全部暂停了嘛", sp("pause"), tvp("pause"), boxp("pause"), note="the players; the idle vacuum is not playing")  # CD
act("group", "全屋熄灯", off("bulb"), off("ceil"))  # GZ
act("group", "客厅所有的灯都开了它", on("ceil"))  # GZ
act("group", "全部关晒", ALL_OFF, note="晒 = all (Cantonese)")  # GZ
act("group", "全部静音", mute("spk"), mute("tv"), mute("box"))  # TEEN
act("group", "所有灯 关", off("bulb"), off("ceil"))  # TEEN
act("group", "麻烦你把家里所有的灯都关掉", off("bulb"), off("ceil"))  # OLD
act("group", "请把卧室里所有的设备都关了", off("bulb"), off("pur"))  # OLD
act("group", "请把客厅除了空调以外的都关掉", off("ceil"), off("tv"), off("box"), wl(False), wr(False),
    note="the AC must not be touched")  # OLD
act("group", "厨房所有电器断电", off("kettle"))  # COOK
act("group", "关闭客厅所有设备", LIVING_OFF)  # ASR
act("group", "打开全部灯光", on("bulb"), on("ceil"))  # ASR
act("group", "所有灯亮度调到百分之二十", br("bulb", 20), br("ceil", 20))  # NUM

# ---------------- mode ----------------
act("mode", "整成离家模式", M("away"))  # DB
act("mode", "家里切睡眠模式", M("sleep"))  # DB
act("mode", "屋头设成在家模式嘛", M("home"))  # CD
act("mode", "我们出门了 开个离家模式", M("away"))  # CD
act("mode", "开离家模式先", M("away"))  # GZ
act("mode", "离家模式", M("away"))  # TEEN
act("mode", "麻烦你把家里调成睡眠模式", M("sleep"))  # OLD
act("mode", "切换成在家模式", M("home"))  # COOK
act("mode", "家庭模式切换为外出", M("away"))  # ASR
act("mode", "关闭离家模式", M("home"), note="leaving away mode = the home mode")  # ASR

# ---------------- timer ----------------
act("timer", "半小时后把电视整关了", off("tv"), delay=1800)  # DB
act("timer", "十五分钟后让扫地机开始扫地", sweep(), delay=900)  # DB
act("timer", "十分钟以后把空调关了嘛", off("ac"), delay=600)  # CD
act("timer", "二十分钟后关床头灯", off("bulb"), delay=1200)  # GZ
act("timer", "一小时后关电视", off("tv"), delay=3600)  # TEEN
act("timer", "麻烦你过四十分钟把净化器关掉", off("pur"), delay=2400)  # OLD
act("timer", "五分钟后关掉水壶", off("kettle"), delay=300)  # COOK
no("timer", "过一会儿把插座关了", note="no time given: nothing may be sent now; asking how long is fine")  # COOK
act("timer", "两个小时后关闭空调", off("ac"), delay=7200)  # ASR
act("timer", "一个半小时后关客厅灯", off("ceil"), delay=5400)  # NUM

# ---------------- safety ----------------
no("safety", "把投影仪整开", note="no projector")  # DB
no("safety", "嘎哈呢", note="chit-chat: what are you up to")  # DB
ask("safety", "把那个关了", note="no device named")  # DB
no("safety", "电视调亮点", note="the TV has no brightness")  # DB
no("safety", "莫开灯", note="negation")  # CD
no("safety", "洗衣机开起", note="no washing machine")  # CD
no("safety", "今天天气咋样嘛", note="not about the home")  # CD
ask("safety", "客厅关了嘛", note="bare room, no group word")  # CD
no("safety", "开风扇", note="no fan")  # GZ
no("safety", "帮我开门", note="the door sensor cannot open the door")  # GZ
no("safety", "门锁打开", note="no lock")  # GZ
no("safety", "窗帘调成蓝色", note="a curtain has no colour")  # GZ
ask("safety", "灯 关", LIGHTS, note="two lights, no room")  # TEEN
ask("safety", "调亮点", LIGHTS, note="two lights, no room")  # TEEN
no("safety", "无聊死了", note="chit-chat")  # TEEN
ask("safety", "停一下", note="several players and the vacuum can stop")  # TEEN
no("safety", "不用开灯了 谢谢", note="negation")  # OLD
no("safety", "麻烦你把厨房的灯打开", note="no light in the kitchen")  # OLD
no("safety", "请帮我把电饭煲打开", note="no rice cooker")  # OLD
no("safety", "油烟机开一下", note="no range hood")  # COOK
no("safety", "插座打开 哦不 算了", note="the speaker takes it back: nothing")  # COOK
no("safety", "打开客厅的", note="half sentence")  # ASR
no("safety", "嗯那个帮我", note="half sentence")  # ASR
ask("safety", "打开卧室", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # ASR
no("safety", "空调开到十五度", note="out of range (16 to 30 °C): refused, nothing sent")  # NUM
no("safety", "我出门了", note="no scene or mode named: not the away mode by itself (LABELS.md)")  # COOK
