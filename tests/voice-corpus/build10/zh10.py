"""test10, Chinese: hand-written, one utterance a line, each with its voice (see TEST10.md)."""
from lib import *
from common import *

lang("zh")
L = LIGHTS
# ---- power ----
act("power", "把电视打开 我们追会儿剧", on("tv"))  # 小美, 小两口
act("power", "电视关了吧 不看了", off("tv"))  # 小刘
act("power", "帮我把水壶插座打开 烧点水", on("kettle"))  # 外婆
act("power", "烧水壶的插座关掉", off("kettle"))  # 外婆
act("power", "床头灯开一下", on("bulb"))  # 阿杰, 大学生
act("power", "卧室床头灯关了", off("bulb"))  # 阿杰
act("power", "把客厅的吸顶灯打开", on("ceil"))  # 老陈, 双胞胎爸爸
act("power", "客厅大灯关掉", off("ceil"))  # 老陈
act("power", "打开空气净化器", on("pur"))  # 小美
act("power", "卧室的净化器关一下", off("pur"))  # 小刘
act("power", "空调开开", on("ac"))  # 阿杰
act("power", "客厅空调关了", off("ac"))  # 老陈
act("power", "打开电视盒子", on("box"))  # 小刘
act("power", "机顶盒关掉", off("box"))  # 外婆
act("power", "墙上开关左边那个打开", wl(True))  # 保洁 张姐
act("power", "墙壁开关右键关上", wr(False))  # 张姐
act("power", "扫地机器人开始扫地", sweep())  # 张姐
act("power", "扫地机回去充电", dock())  # 小美
act("power", "电视给整开", on("tv"))  # 大连
act("power", "把那空调给我关了 血冷", off("ac"))  # 大连
act("power", "床头灯给开开 贼黑", on("bulb"))  # 哈尔滨
act("power", "净化器给关了吧 嗡嗡的", off("pur"))  # 哈尔滨
act("power", "把电视盒子开开嘞", on("box"))  # 太原
act("power", "客厅吸顶灯关了咯", off("ceil"))  # 南昌
act("power", "电视机帮我开一下哩", on("tv"))  # 厦门
act("power", "唔该 帮我把电视机关咗", off("tv"))  # 澳门
act("power", "冷气开一下先", on("ac"))  # 澳门
act("power", "水壶那个插头给通上电", on("kettle"))  # 太原
act("power", "把空调打开 孩子热醒了", on("ac"))  # 老陈
no("power", "打开洗衣机", note="not in the home")  # 张姐
no("power", "打开厨房的灯", note="the kitchen has no light")  # 邻居 小周
no("power", "把大门打开 我带猫粮来了", note="door sensor cannot be commanded")  # 小周
no("power", "把热水器开了 外婆要洗澡", note="no water heater")  # 小美
no("power", "电饭锅开一下", note="no rice cooker")  # 外婆
no("power", "把玄关灯打开 黑乎乎的找不着鞋", note="the hallway has no light")  # 哈尔滨
act("power", "大灯打开 我看看地扫干净没", on("ceil"))  # 张姐
act("power", "那净化器给俺开开 屋里一股味儿", on("pur"))  # 大连
act("power", "电视盒子冇人看 关咯", off("box"))  # 南昌
# ---- set ----
act("set", "床头灯亮度调到百分之三十", br("bulb", 30))  # 阿杰
act("set", "客厅的灯调到六十", br("ceil", 60))  # 老陈
act("set", "床头灯换成蓝色", col(BLUE))  # 阿杰
act("set", "把床头灯调成红色的", col(RED))  # 小美
act("set", "床头灯变绿色", col(GREEN))  # 小刘
act("set", "床头灯来个黄色", col(YELLOW))  # 哈尔滨
act("set", "吸顶灯调成暖光", ct("ceil", 2700))  # 小美
act("set", "吸顶灯切到阅读模式", lmode(2))  # 阿杰
act("set", "客厅灯换成夜灯模式", lmode(1))  # 老陈
act("set", "吸顶灯调观影模式", lmode(3), note="the ceiling light's TV preset, not the movie scene: 'light' is named")  # 小刘
act("set", "吸顶灯日光模式", lmode(0))  # 外婆
act("set", "空调调到二十五度", tt(25))  # 小美
act("set", "空调温度设成二十三度半", tt(23.5))  # 阿杰
act("set", "空调开制冷模式", acmode(1))  # 小刘
act("set", "空调换成制热", acmode(3))  # 外婆
act("set", "空调调成除湿 回南天太潮了", acmode(2))  # 厦门
act("set", "空调送风模式", acmode(4))  # 阿杰
act("set", "空调风速调到最大", acfan(3))  # 大连
act("set", "空调风量调成自动", acfan(0))  # 老陈
act("set", "空调左右扫风打开", hswing(True))  # 小刘
act("set", "空调上下摆风关掉", vswing(False))  # 外婆
act("set", "空调开个节能咯 电费蛮贵", eco(True))  # 南昌
act("set", "窗帘开到一半", curt_half())  # 张姐
act("set", "窗帘拉到百分之七十", pos(70))  # 小美
act("set", "把客厅窗帘全部拉开", OPEN())  # 外婆
act("set", "窗帘拉上 太阳晒得慌", CLOSE())  # 太原
act("set", "音箱音量调到三十", vol("spk", 30))  # 阿杰
act("set", "电视音量设成二十", vol("tv", 20))  # 外婆
act("set", "电视切到HDMI3", inp(3))  # 小刘
act("set", "电视换成AV信号", inp(4))  # 外婆
act("set", "净化器调到睡眠模式", pmode(1))  # 小美
act("set", "净化器换成自动模式", pmode(0))  # 哈尔滨
act("set", "净化器风速调到高档", pfan(3))  # 大连
act("set", "净化器开童锁 俩娃老去按", lock(True))  # 老陈
act("set", "扫地机吸力调到强力", vfan(2))  # 张姐
no("set", "空调调到三十五度", note="above 30")  # 南昌
no("set", "吸顶灯调成紫色", note="the ceiling light has no colour")  # 厦门
act("set", "床头灯给调成百分之五十 贼得劲", br("bulb", 50))  # 哈尔滨
act("set", "冷气调到二十六度啦 唔该", tt(26))  # 澳门
# ---- relative ----
act("relative", "床头灯再亮一点", brighter("bulb"))  # 阿杰
act("relative", "客厅灯暗一点", dimC())  # 小刘
act("relative", "吸顶灯调亮些", brightC())  # 外婆
act("relative", "好热啊", cooler())  # 小美
act("relative", "客厅有点冷 空调调高点", hotter())  # 外婆
act("relative", "空调再低两度", cooler())  # 小刘
act("relative", "音箱声音大点", louder("spk"))  # 阿杰
act("relative", "电视声音小一点 娃睡了", quieter("tv"))  # 老陈
act("relative", "电视盒子音量调大", louder("box"))  # 小刘
act("relative", "这电视太吵了 外婆耳朵受不了", tooloud("tv"))  # 外婆
act("relative", "床头灯暖一点", warmer("bulb"))  # 小美
act("relative", "吸顶灯白一点", cooler_white("ceil"))  # 阿杰
act("relative", "窗帘再开大点", curt_more())  # 张姐
act("relative", "窗帘往回拉一点", curt_less())  # 小周
act("relative", "卧室太暗了看不见", darkBedroom())  # 外婆
act("relative", "客厅这灯晃眼 调暗点", dimC())  # 大连
act("relative", "屋里贼热 空调整低点", cooler())  # 哈尔滨
act("relative", "客厅老冷了", hotter())  # 哈尔滨
act("relative", "音箱声音可大了 小点", quieter("spk"))  # 太原
act("relative", "床头灯蛮暗的 亮些咯", brighter("bulb"))  # 南昌
act("relative", "有夠热 冷气再冷一点", cooler())  # 厦门
act("relative", "电视机声音大声啲", louder("tv"))  # 澳门
act("relative", "净化器风再大一档", up("pur", "air-purifier.fan-level"))  # 小美
act("relative", "床头灯再暗一些", dimmer("bulb"))  # 阿杰
act("relative", "吸顶灯颜色暖一点", warmer("ceil"))  # 小刘
act("relative", "扫地机吸力大一点 地上好多头发", C("vac", "vacuum.fan-level", "up"))  # 老陈
ask("relative", "声音调小点", SOUND)  # 外婆
ask("relative", "再亮一点嘛", L)  # 小美
no("relative", "把电视调亮一点", note="the TV has no brightness")  # 南昌
no("relative", "温度计调高两度", note="a sensor cannot be set")  # 太原
act("relative", "窗帘再拉开些些 屋里可暗嘞", curt_more())  # 太原
act("relative", "音箱声音有点大声 细声一点", quieter("spk"))  # 厦门
# ---- media ----
act("media", "音箱放首歌", sp("play"))  # 小美
act("media", "音乐暂停一下", sp("pause"))  # 小刘
act("media", "换下一首 这首太难听了", sp("next"))  # 阿杰
act("media", "切回上一首", sp("previous"))  # 阿杰
act("media", "音箱静音", mute("spk"))  # 老陈
act("media", "音箱取消静音", unmute("spk"))  # 老陈
act("media", "电视静音 我接个电话", mute("tv"))  # 外婆
act("media", "电视声音打开 别静音了", unmute("tv"))  # 外婆
act("media", "电视先暂停", tvp("pause"))  # 小刘
act("media", "电视继续播放", tvp("play"))  # 小刘
act("media", "电视盒子暂停", boxp("pause"))  # 小美
act("media", "盒子接着放", boxp("play"))  # 小美
act("media", "电视盒子停止播放", boxp("stop"))  # 老陈
act("media", "电视盒子打开网飞", app("box", NETFLIX))  # 阿杰
act("media", "电视上打开爱奇艺", app("tv"))  # 外婆
act("media", "盒子里打开优酷", app("box"))  # 小刘
act("media", "电视盒子静音", mute("box"))  # 小刘
act("media", "盒子音量调到十", vol("box", 10))  # 老陈
act("media", "音箱放一下新闻", sp("play"))  # 外婆
act("media", "让音箱说一句 饭好了", say("饭好了"))  # 小美
act("media", "音箱喊一声 小宝大宝洗澡了", say("小宝大宝洗澡了"))  # 老陈
act("media", "盒子按一下返回键", key(5))  # 外婆
act("media", "电视盒子回到主页", key(6))  # 阿杰
act("media", "电视切到HDMI2 我打游戏", inp(2))  # 阿杰
act("media", "音箱给整首歌听听", sp("play"))  # 大连
act("media", "音箱别唱了 先停了", sp("pause"))  # 哈尔滨
act("media", "电视盒子给放个网飞", app("box", NETFLIX))  # 太原
act("media", "音箱换下一首咯", sp("next"))  # 南昌
act("media", "电视机静音一下哩", mute("tv"))  # 厦门
act("media", "音箱播返首歌先", sp("play"))  # 澳门
act("media", "电视切回电视信号", inp(0))  # 外婆
ask("media", "先暂停一下 有人敲门", PLAYERS)  # 小刘
ask("media", "打开网飞", APPS)  # 小美
no("media", "净化器放首歌", note="a purifier cannot play")  # 小周
no("media", "窗帘静音", note="cannot")  # 大连
act("media", "电视盒子给整个网飞看看", app("box", NETFLIX))  # 哈尔滨
act("media", "音箱唱首歌来听下咯", sp("play"))  # 南昌
act("scene", "我到家啦 开个回家的", S("welcome-home"))  # 澳门
# ---- scene ----
act("scene", "早上好", S("good-morning"))  # 小美
act("scene", "晚安", S("good-night"))  # 小刘
act("scene", "开启观影模式 爆米花好了", S("movie"))  # 阿杰
act("scene", "我们要看电影了", S("movie"))  # 小两口
act("scene", "我回来啦", S("welcome-home"))  # 小刘
act("scene", "执行回家场景", S("welcome-home"))  # 老陈
act("scene", "启动早安场景", S("good-morning"))  # 外婆
act("scene", "晚安场景", S("good-night"))  # 老陈
act("scene", "睡了睡了 晚安啦", S("good-night"))  # 阿杰
act("scene", "早啊 起床了", S("good-morning"))  # 外婆
act("scene", "俺回来了", S("welcome-home"))  # 大连
act("scene", "整个看电影的模式", S("movie"))  # 哈尔滨
act("scene", "早安嘞", S("good-morning"))  # 太原
act("scene", "我到屋里了", S("welcome-home"))  # 南昌
act("scene", "晚安哩 要睏了", S("good-night"))  # 厦门
act("scene", "睇戏模式 开", S("movie"))  # 澳门
act("scene", "晚安 另外让扫地机回去充电", S("good-night"), dock())  # 小美
no("scene", "开启派对模式", note="no party scene")  # 小刘
no("scene", "来个浪漫晚餐场景", note="no such scene")  # 小两口
act("scene", "看电影咯", S("movie"))  # 南昌
# ---- query ----
q("大门关好了没有", ("door", "magnet-sensor.contact-state"))  # 小周
q("保洁走的时候门关了吗", ("door", "magnet-sensor.contact-state"))  # 小美
q("卧室现在多少度", ("therm", "environment.temperature"))  # 外婆
q("卧室湿度多少", ("therm", "environment.relative-humidity"))  # 阿杰
q("客厅温度多少", ("ac", "environment.temperature"))  # 老陈
q("空气质量怎么样", ("pur", "environment.air-quality"))  # 小美
q("卧室PM2.5多少", ("pur", "environment.pm25-density"))  # 阿杰
q("扫地机还有多少电", ("vac", "battery.battery-level"))  # 张姐
q("扫地机器人在充电吗", ("vac", "battery.charging-state"))  # 张姐
q("扫地机现在在干嘛", ("vac", "vacuum.status"))  # 老陈
q("电视开着没", ("tv", "television.on"))  # 外婆
q("床头灯是不是还亮着", ("bulb", "light.on"))  # 小美
q("空调设的多少度", ("ac", "air-conditioner.target-temperature"))  # 小刘
q("水壶插座通着电吗", ("kettle", "switch.on"))  # 外婆
q("水壶现在功率多大", ("kettle", "power-consumption.electric-power"))  # 小刘
q("净化器滤芯还剩多少", ("pur", "filter.filter-life-level"))  # 小美
q("客厅有人吗", ("mot", "motion-sensor.motion-state"))  # 小周
q("客厅自然光够不够 外面还亮吗", ("mot", "motion-sensor.illumination"))  # 阿杰
q("窗帘开着还是关着", ("curt", "curtain.current-position"))  # 外婆
q("音箱音量多大", ("spk", "speaker.volume"))  # 阿杰
q("电视盒子在放啥", ("box", "tv-box.current-content"))  # 老陈
q("客厅吸顶灯开着吗", ("ceil", "light.on"))  # 小刘
q("卧室嘎哈这么冷 几度啊", ("therm", "environment.temperature"))  # 大连
q("门关没关啊 咋整的", ("door", "magnet-sensor.contact-state"))  # 哈尔滨
q("卧室潮不潮 湿度甚么样", ("therm", "environment.relative-humidity"))  # 太原
q("空调开冇开", ("ac", "air-conditioner.on"))  # 南昌
q("净化器有冇故障", ("pur", "air-purifier.fault"))  # 澳门
q("玄关门磁电池还有几多电", ("door", "battery.battery-level"))  # 南昌
q("温度计还有电吗", ("therm", "battery.battery-level"))  # 老陈
q("墙壁开关右边开着没", ("wall", "right-switch.on"))  # 厦门
q("扫地机电还有多少 够不够扫一遍", ("vac", "battery.battery-level"))  # 大连
q("卧室空气好不好 甚么情况", ("pur", "environment.air-quality"))  # 太原
# ---- group ----
act("group", "把所有的灯都关了", off("bulb"), off("ceil"))  # 小美
act("group", "灯全部打开", on("bulb"), on("ceil"))  # 小刘
act("group", "卧室所有设备关掉", off("bulb"), off("pur"))  # 阿杰
act("group", "厨房的东西全关了", off("kettle"))  # 外婆
act("group", "客厅所有电器都关掉", LIVING_OFF)  # 老陈
act("group", "家里全部关掉 我们回老家过年", ALL_OFF)  # 小两口
act("group", "除了床头灯 其他灯全关 我躺着看书", off("ceil"))  # 阿杰
act("group", "所有会出声的都静音 俩娃刚睡着", MUTE_ALL)  # 老陈
act("group", "全部暂停", pause_all())  # 小刘
act("group", "所有灯亮度调到二十", br("bulb", 20), br("ceil", 20))  # 小美
act("group", "家里的灯都给关了", off("bulb"), off("ceil"))  # 外婆
act("group", "灯都整灭了", off("bulb"), off("ceil"))  # 大连
act("group", "所有灯贼亮的 全调暗点", dimmer("bulb"), dimC())  # 哈尔滨
act("group", "卧室里头的都关了嘞", off("bulb"), off("pur"))  # 太原
act("group", "客厅里的设备全部关咯", LIVING_OFF)  # 南昌
act("group", "灯拢关掉", off("bulb"), off("ceil"), note="闽南 拢 = all")  # 厦门
act("group", "除了空调 其他全部关晒", off("bulb"), off("pur"), off("kettle"), off("ceil"), off("tv"), off("box"), wl(False), wr(False))  # 澳门
act("group", "墙壁开关两个键都打开", wl(True), wr(True))  # 张姐
act("group", "所有灯都开到最亮", br("bulb", 100), br("ceil", 100))  # 老陈
act("group", "客厅所有的东西都静音", MUTE_ALL)  # 小刘
act("group", "客厅的灯跟卧室的灯拢总打开", on("bulb"), on("ceil"), note="both rooms' lights named; 拢总 = all")  # 厦门
# ---- mode ----
act("mode", "切换到离家模式", M("away"))  # 小美
act("mode", "开启睡眠模式 明早八点有课", M("sleep"))  # 阿杰
act("mode", "家里切成在家模式", M("home"))  # 小刘
act("mode", "离家模式打开 我们去丈母娘家", M("away"))  # 老陈
act("mode", "全屋切成睡眠模式 外婆要睡了", M("sleep"))  # 外婆
act("mode", "给整成离家模式", M("away"))  # 大连
act("mode", "回到在家模式嘞", M("home"))  # 太原
act("mode", "转去睡眠模式先", M("sleep"))  # 澳门
no("mode", "打开度假模式", note="no holiday mode")  # 厦门
no("mode", "切到访客模式", note="no guest mode")  # 哈尔滨
# ---- timer ----
act("timer", "二十分钟后关电视", off("tv"), delay=1200)  # 外婆
act("timer", "半小时以后把床头灯关了", off("bulb"), delay=1800)  # 阿杰
act("timer", "一个小时后关空调", off("ac"), delay=3600)  # 小刘
act("timer", "十分钟之后扫地机开始扫地", sweep(), delay=600)  # 张姐
act("timer", "五分钟后打开水壶插座", on("kettle"), delay=300)  # 外婆
act("timer", "两个钟头后净化器关掉", off("pur"), delay=7200)  # 小美
act("timer", "四十分钟后关掉电视盒子", off("box"), delay=2400)  # 老陈
act("timer", "过一刻钟把客厅大灯关了", off("ceil"), delay=900)  # 哈尔滨
no("timer", "待会儿再关电视", note="vague time")  # 大连
no("timer", "等一下下把空调关咯", note="vague time")  # 南昌
# ---- safety ----
ask("safety", "把灯关了", L)  # 小美
ask("safety", "卧室关一下", ["bedroom-bulb", "bedroom-purifier"])  # 阿杰
ask("safety", "帮我把客厅打开", note="bare room")  # 小刘
ask("safety", "关掉关掉")  # 小周
no("safety", "打开投影", note="not in the home")  # 阿杰
no("safety", "把门锁打开", note="no lock; never by voice")  # 小周
no("safety", "今天北京天气怎么样", note="not about the home")  # 外婆
no("safety", "给我讲个笑话呗", note="chit-chat")  # 双胞胎
no("safety", "谢谢你啊 小管家", note="chit-chat")  # 外婆
no("safety", "帮我把那个 呃", note="half sentence")  # 小刘
no("safety", "把电视关了 哎算了不关了", note="take-back")  # 小美
no("safety", "别关净化器", note="negation")  # 阿杰
no("safety", "打开烘干机", note="not in the home")  # 张姐
no("safety", "把浴霸打开", note="no bath heater")  # 外婆
no("safety", "你吃了没", note="chit-chat")  # 太原
no("safety", "猫粮放好了 水也换了", note="a remark")  # 小周
no("safety", "嘎哈呢你", note="chit-chat")  # 哈尔滨
no("safety", "呃 那个 嗯", note="filler only")  # 南昌
no("safety", "开冰箱看看还有啥", note="no fridge")  # 大连
no("safety", "打开车库门", note="no garage")  # 澳门
ask("safety", "调大点", note="no target; several devices could")  # 厦门
ask("safety", "设成二十", note="no target")  # 老陈
no("safety", "灯", note="one word")  # 外婆
no("safety", "电视盒子上面好多灰", note="remark")  # 张姐
no("safety", "不要把空调打开", note="negation")  # 小美
