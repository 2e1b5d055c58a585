"""test8, Chinese: hand-written, one utterance a line; the comment names the voice."""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")

# ---------------- power ----------------
act("power", "把床头灯打开", on("bulb"))  # 妈妈, 早上
act("power", "电视关了吧 赶紧吃早饭", off("tv"))  # 妈妈
act("power", "帮我把烧水壶的插座开一下", on("kettle"))  # 妈妈, 早上
act("power", "水开了 把水壶插座关掉", off("kettle"))  # 爸爸
act("power", "卧室那个净化器开开咯", on("pur"))  # 江西, 老胡
act("power", "我要开会了 净化器先关了", off("pur"))  # 爸爸, 在家办公
act("power", "电视盒子开起嘛", on("box"))  # 云南, 小赵
act("power", "作业写完了 我能开电视了吗 开电视", on("tv"), note="a question then a plain command")  # 小宇
act("power", "客厅的大灯关一下", off("ceil"))  # 奶奶
act("power", "把客厅顶上那个灯给我开开", on("ceil"))  # 奶奶
act("power", "叫那个扫地机器人去扫地 lah", sweep())  # 马来西亚, 阿玲
act("power", "扫地机扫完了让它回去充电", dock())  # 刘阿姨
act("power", "空调开起咯 热死个人", on("ac"))  # 广西, 阿强
act("power", "开着窗呢 空调关了", off("ac"))  # 妈妈
act("power", "客厅窗帘拉开", OPEN())  # 妈妈, 早上
act("power", "太阳晒到屏幕了 把窗帘拉上", CLOSE())  # 爸爸
act("power", "墙上左边那个开关打开", wl(True))  # 爸爸
act("power", "右边的墙壁开关关掉", wr(False))  # 爸爸
act("power", "电视盒子关了 不看了", off("box"))  # 妈妈, 晚上
act("power", "老表 帮我开下电视咯", on("tv"))  # 广西, 阿强
act("power", "把客厅的吸顶灯关掉咯", off("ceil"))  # 广西, 阿强
act("power", "烧水的插座帮我关咯", off("kettle"))  # 广西, 阿强
act("power", "帮我把床头灯开起 我要看书", on("bulb"))  # 云南, 昆明小赵
act("power", "空调整关掉嘛 够冷了", off("ac"))  # 云南, 小赵
act("power", "盒子关掉嘛", off("box"), note="盒子 = the TV box")  # 云南, 小赵
act("power", "净化器给整开 屋里贼呛", on("pur"))  # 沈阳, 大刚
act("power", "床头那灯关了 贼晃眼", off("bulb"))  # 沈阳, 大刚
act("power", "扫地机整起来 扫扫地", sweep())  # 沈阳, 大刚
act("power", "帮我把电视机打开", on("tv"))  # 江西, 老胡
act("power", "空调关咯 冇必要开", off("ac"))  # 江西, 老胡
act("power", "电视盒子开一下 lah", on("box"))  # 马来西亚, 阿玲
act("power", "床头灯关掉 我要睡了", off("bulb"))  # 马来西亚, 阿玲
act("power", "来电了 客厅灯重新打开", on("ceil"), note="power cut just ended")  # 爸爸
act("power", "窗帘帮我关上好吗", CLOSE())  # 客人
act("power", "卧室床边那个小台灯能开一下吗", on("bulb"), note="the bedside bulb is the lamp by the bed")  # 客人
act("power", "净化器关了吧 晚上太吵", off("pur"))  # 奶奶

# ---------------- set ----------------
act("set", "床头灯亮度调到百分之十五", br("bulb", 15))  # 妈妈
act("set", "客厅灯调到百分之九十", br("ceil", 90))  # 爸爸
act("set", "吸顶灯亮度整到五十", br("ceil", 50))  # 沈阳, 大刚
act("set", "床头灯换成粉色", col(0xFFC0CB), note="pink = 0xFFC0CB")  # 小宇
act("set", "床头灯变成黄色的", col(YELLOW))  # 小宇
act("set", "床头灯调成暖光", ct("bulb", 2700), note="暖光 = 2700 K (TEST7)")  # 奶奶
act("set", "大灯换成阅读模式 我要看报纸", lmode(2))  # 奶奶
act("set", "客厅灯开夜灯模式", lmode(1))  # 妈妈
act("set", "吸顶灯切到日光模式", lmode(0))  # 爸爸
act("set", "空调调到二十五度", tt(25))  # 爸爸
act("set", "冷气开冷的 二十四度 lah", acmode(1), tt(24))  # 马来西亚, 阿玲
act("set", "空调开制热模式", acmode(3))  # 奶奶, 冬天晚上
act("set", "回南天好潮哦 空调开除湿咯", acmode(2))  # 广西, 阿强
act("set", "空调风速调到最大", acfan(3))  # 妈妈
act("set", "空调风速调成自动", acfan(0))  # 爸爸
act("set", "窗帘开一半", curt_half())  # 妈妈
act("set", "窗帘拉开个百分之七十嘛", pos(70))  # 云南, 小赵
act("set", "音箱声音整到三十", vol("spk", 30))  # 沈阳, 大刚
act("set", "电视音量调到二十", vol("tv", 20))  # 奶奶
act("set", "电视切换到HDMI3", inp(3))  # 小宇, 游戏机
act("set", "电视信号源换回电视", inp(0))  # 奶奶
act("set", "净化器调成自动档咯", pmode(0))  # 江西, 老胡
act("set", "净化器风速调到高档", pfan(3))  # 爸爸, 空气不好
act("set", "净化器开手动模式", pmode(3))  # 江西, 老胡
act("set", "扫地机吸力调到标准", vfan(1))  # 刘阿姨
act("set", "扫地机吸力开到最强 地太脏了", vfan(3), note="最强 = Turbo, the strongest level")  # 沈阳, 大刚
act("set", "空调给整到二十六度", tt(26))  # 沈阳, 大刚
act("set", "冷气开二十三度 lah", tt(23), note="冷气 = the AC")  # 马来西亚, 阿玲
act("set", "床头灯弄成蓝色嘛", col(BLUE))  # 云南, 小赵
act("set", "客厅灯亮度调到百分之四十咯", br("ceil", 40))  # 广西, 阿强
act("set", "空调调成省电的节能模式", eco(True))  # 爸爸
act("set", "空调左右扫风打开", hswing(True))  # 刘阿姨
act("set", "床头灯红色", col(RED))  # 小宇
act("set", "净化器童锁打开 别让孩子乱按", lock(True))  # 客人
act("set", "空调送风模式", acmode(4))  # 江西, 老胡
act("set", "床头灯色温调到四千", ct("bulb", 4000))  # 爸爸

# ---------------- relative ----------------
act("relative", "客厅再亮一点", brightC())  # 妈妈
act("relative", "大灯太亮了 调暗点", dimC())  # 爸爸
act("relative", "床头灯暗一点", dimmer("bulb"), note="the bulb is off: brightness only")  # 奶奶
act("relative", "床头灯再亮一些", brighter("bulb"), note="the bulb is off: brightness only")  # 妈妈
act("relative", "床头灯颜色暖一点", warmer("bulb"))  # 妈妈, 睡前
act("relative", "客厅的灯白一点 我在缝扣子", cooler_white("ceil"))  # 奶奶
act("relative", "热死了", cooler(), note="too hot = cooler AC")  # 小宇, 夏天
act("relative", "这屋里好热咯", cooler())  # 广西, 阿强
act("relative", "冷得很 温度再调高点", hotter())  # 奶奶, 冬天
act("relative", "空调再高两度", hotter())  # 爸爸
act("relative", "空调降一度", cooler())  # 爸爸
act("relative", "音箱大声点 lah 听不到", louder("spk"))  # 马来西亚, 阿玲
act("relative", "电视太吵了 奶奶在打电话", tooloud("tv"))  # 妈妈
act("relative", "电视声音开大点 听不清", louder("tv"))  # 奶奶
act("relative", "盒子声音小滴咯", quieter("box"))  # 广西, 阿强
act("relative", "音箱小声一点", quieter("spk"))  # 刘阿姨, 宝宝睡了
act("relative", "窗帘再拉开一点", curt_more(), note="the curtain is fully open: labelled as said")  # 江西, 老胡
act("relative", "窗帘稍微合上一点", curt_less())  # 爸爸, 反光
act("relative", "空调风大一点", up("ac", "fan-control.fan-level"))  # 妈妈
act("relative", "净化器风小一点", dn("pur", "air-purifier.fan-level"))  # 奶奶
act("relative", "老冷了 空调整高点", hotter())  # 沈阳, 大刚
act("relative", "客厅灯暗一些嘛", dimC())  # 云南, 小赵
act("relative", "好冷 leh 冷气调高一点", hotter(), note="冷气 = the AC")  # 马来西亚, 阿玲
act("relative", "扫地机太吵了 吸力小一点", dn("vac", "vacuum.fan-level"))  # 刘阿姨
act("relative", "客厅灯光太冷了 调暖一点", warmer("ceil"))  # 客人
act("relative", "有点闷热 空调再低点", cooler())  # 江西, 老胡
act("relative", "客厅灯再暗一点 晃眼睛", dimC())  # 小宇
act("relative", "音箱声音再大一些咯", louder("spk"))  # 广西, 阿强
act("relative", "盒子声音太大了", tooloud("box"))  # 爸爸
act("relative", "空调再凉快点", cooler())  # 妈妈

# ---------------- media ----------------
act("media", "音箱放点音乐", sp("play"))  # 妈妈, 做饭
act("media", "下一首 这首不好听", sp("next"), note="only the speaker has next")  # 小宇
act("media", "音箱上一首", sp("previous"))  # 妈妈
act("media", "有人敲门 音箱暂停一下", sp("pause"))  # 妈妈
act("media", "音箱继续播放", sp("play"))  # 妈妈
act("media", "别放歌了 我要开会", sp("pause"), note="the music = the speaker; stop = pause (TEST7)")  # 爸爸
act("media", "音箱静音", mute("spk"))  # 爸爸
act("media", "音箱取消静音", unmute("spk"))  # 爸爸
act("media", "电视给整没声了", mute("tv"))  # 沈阳, 大刚
act("media", "盒子先暂停一下嘛 我克接个电话", boxp("pause"))  # 云南, 小赵
act("media", "电视盒子接着放", boxp("play"))  # 妈妈
act("media", "盒子别放了 停掉 lah", boxp("stop"))  # 马来西亚, 阿玲
act("media", "电视先停一下咯", tvp("pause"))  # 江西, 老胡
act("media", "电视继续播", tvp("play"))  # 小宇
act("media", "在电视盒子上打开网飞", app("box", NETFLIX))  # 妈妈
act("media", "电视上开网飞", app("tv", NETFLIX))  # 爸爸
act("media", "电视打开爱奇艺", app("tv"), note="no package known for 爱奇艺: arguments left out")  # 奶奶
act("media", "盒子按一下确定", key(4))  # 奶奶
act("media", "电视盒子返回", key(5))  # 小宇
act("media", "盒子回到主页", key(6))  # 爸爸
act("media", "电视盒子按菜单键", key(7))  # 爸爸
act("media", "音箱放新闻嘛", sp("play"), note="TEST7: the profile's only play")  # 云南, 小赵
act("media", "切歌咯", sp("next"))  # 广西, 阿强
act("media", "电视换到HDMI1 我要打游戏", inp(1))  # 小宇
act("media", "音箱音量调到十 宝宝睡着了", vol("spk", 10))  # 刘阿姨
act("media", "电视盒子静音", mute("box"))  # 爸爸
act("media", "音箱放回上一首歌 lah", sp("previous"))  # 马来西亚, 阿玲
act("media", "电视换成AV", inp(4))  # 奶奶
act("media", "音箱给整首歌听听", sp("play"))  # 沈阳, 大刚
act("media", "电视盒子取消静音", unmute("box"))  # 爸爸
act("media", "电视声音恢复", unmute("tv"))  # 奶奶
ask("media", "我要看网飞", APPS, note="the TV and the TV box can both")  # 江西, 老胡
act("media", "音箱说一声 吃饭了", say("吃饭了"), note="text to speech on the speaker")  # 妈妈
act("media", "盒子往上翻一下", key(0))  # 小宇
act("media", "盒子右边", key(3))  # 小宇

# ---------------- scene ----------------
act("scene", "看电影咯", S("movie"))  # 广西, 阿强
act("scene", "开启观影场景", S("movie"))  # 爸爸
act("scene", "咱们准备看电影吧", S("movie"))  # 妈妈
act("scene", "晚安啦", S("good-night"))  # 妈妈
act("scene", "我去睡觉了 晚安", S("good-night"))  # 小宇
act("scene", "执行晚安场景", S("good-night"))  # 爸爸
act("scene", "早上好呀", S("good-morning"))  # 妈妈
act("scene", "早上好 开早安场景咯", S("good-morning"))  # 江西, 老胡
act("scene", "老婆 我回来咯", S("welcome-home"), note="coming home = Welcome home (TEST5)")  # 爸爸
act("scene", "打开回家场景", S("welcome-home"))  # 刘阿姨
act("scene", "我回来了嘛", S("welcome-home"))  # 云南, 小赵
act("scene", "晚安 睡觉咯", S("good-night"))  # 江西, 老胡
act("scene", "到家了 整个回家模式", S("welcome-home"), note="回家模式 = the Welcome home scene, not a home mode")  # 沈阳, 大刚
act("scene", "电影模式 lah", S("movie"))  # 马来西亚, 阿玲
act("scene", "早安 开始新的一天", S("good-morning"))  # 奶奶
act("scene", "影院模式打开", S("movie"))  # 客人
no("scene", "开个生日派对场景", note="the home has no such scene")  # 小宇
act("scene", "晚安 顺便把水壶插座关了", S("good-night"), off("kettle"))  # 妈妈
act("scene", "刚下飞机到家 欢迎回家", S("welcome-home"))  # 妈妈
no("scene", "开启阅读场景", note="no such scene (the ceiling light has a reading mode, but no scene is named so)")  # 奶奶

# ---------------- query ----------------
q("大门关好了没有", ("door", "magnet-sensor.contact-state"))  # 妈妈, 出门
q("卧室现在多少度", ("therm", "environment.temperature"))  # 奶奶
q("客厅温度多少", ("ac", "environment.temperature"))  # 爸爸
q("卧室湿度好多嘛", ("therm", "environment.relative-humidity"))  # 云南, 小赵
q("家里空气质量怎么样", ("pur", "environment.air-quality"))  # 妈妈
q("卧室PM2.5多少", ("pur", "environment.pm25-density"))  # 爸爸
q("扫地机还有多少电", ("vac", "battery.battery-level"))  # 刘阿姨
q("电视开着冇", ("tv", "television.on"))  # 广西, 阿强
q("我是不是忘了关水壶插座", ("kettle", "switch.on"))  # 妈妈, 在单位
q("客厅有人吗", ("mot", "motion-sensor.motion-state"))  # 爸爸
q("空调设的几度", ("ac", "air-conditioner.target-temperature"))  # 爸爸
q("窗帘开了多少", ("curt", "curtain.current-position"))  # 奶奶
q("床头灯是开着的吗", ("bulb", "light.on"))  # 妈妈
q("音箱音量现在是好多", ("spk", "speaker.volume"))  # 江西, 老胡
q("盒子上在放什么", ("box", "tv-box.current-content"), note="current content (current app also fine)")  # 爸爸
q("净化器滤芯还能用多久", ("pur", "filter.filter-life-level"))  # 刘阿姨
q("水壶现在功率多少", ("kettle", "power-consumption.electric-power"))  # 爸爸
q("客厅大灯开着没有", ("ceil", "light.on"))  # 奶奶
q("空调现在是什么模式", ("ac", "air-conditioner.mode"))  # 江西, 老胡
q("门开着没咯", ("door", "magnet-sensor.contact-state"))  # 广西, 阿强
q("卧室潮不潮嘛", ("therm", "environment.relative-humidity"))  # 云南, 小赵
q("扫地机扫着呢没", ("vac", "vacuum.status"))  # 沈阳, 大刚
q("冷气有开吗", ("ac", "air-conditioner.on"))  # 马来西亚, 阿玲
q("电视现在放的是哪个台", ("tv", "television.current-content"))  # 奶奶
q("客厅光线怎么样 暗不暗", ("mot", "motion-sensor.illumination"), note="the motion sensor's light level")  # 爸爸
q("我在公司 门到底关没关啊", ("door", "magnet-sensor.contact-state"))  # 妈妈, indirect
q("墙上右边开关是开的吗", ("wall", "right-switch.on"))  # 爸爸
q("客厅灯现在多亮", ("ceil", "light.brightness"))  # 奶奶
q("扫地机在充电吗", ("vac", "battery.charging-state"))  # 刘阿姨
q("温湿度计的电池还有多少", ("therm", "battery.battery-level"))  # 爸爸
q("大门开了多久了", ("door", "magnet-sensor.open-duration"))  # 妈妈
q("玄关那个门关上没得", ("door", "magnet-sensor.contact-state"))  # 江西, 老胡

# ---------------- group ----------------
act("group", "把所有的灯都关了", off("bulb"), off("ceil"))  # 妈妈, 出门
act("group", "来电了 灯全部打开", on("bulb"), on("ceil"), note="power cut just ended")  # 爸爸
act("group", "全部关掉 我们出去玩了", ALL_OFF)  # 广西, 阿强
act("group", "客厅所有设备都关掉", LIVING_OFF)  # 妈妈, 睡前
act("group", "厨房的东西全关了", off("kettle"), note="the kettle plug is the kitchen's only switchable")  # 刘阿姨
act("group", "卧室的设备全部关掉", off("bulb"), off("pur"))  # 妈妈
act("group", "所有灯亮度都调到六十 lah", br("bulb", 60), br("ceil", 60), note="the bulb is off: brightness only")  # 马来西亚, 阿玲
act("group", "所有灯都调暗一些", dimmer("bulb"), dimC())  # 妈妈
act("group", "所有能出声的都静音 我开会", MUTE_ALL)  # 爸爸
act("group", "所有在放的都暂停一下", pause_all())  # 妈妈
act("group", "灯都给我关了 全关", off("bulb"), off("ceil"))  # 沈阳, 大刚
act("group", "家里所有电器都关掉 我们出远门", ALL_OFF)  # 江西, 老胡
act("group", "全部灯关掉 lah", off("bulb"), off("ceil"))  # 马来西亚, 阿玲
act("group", "除了床头灯 其他灯全关", off("ceil"))  # 妈妈
act("group", "除了空调 其他全部关了", [a for a in ALL_OFF if a["device"] != "living-ac"])  # 小宇
act("group", "客厅除了音箱 其他都关了", LIVING_OFF, note="the speaker has no power switch anyway")  # 爸爸
act("group", "所有灯都换成暖光", ct("bulb", 2700), ct("ceil", 2700))  # 奶奶
act("group", "所有灯都打开嘛", on("bulb"), on("ceil"))  # 云南, 小赵
act("group", "客厅里会响的全都静音", MUTE_ALL)  # 客人
act("group", "除了客厅 别的地方灯都关掉", off("bulb"))  # 奶奶

# ---------------- mode ----------------
act("mode", "切换到离家模式", M("away"))  # 妈妈
act("mode", "家里调成睡眠模式咯", M("sleep"))  # 广西, 阿强
act("mode", "家里切回在家模式", M("home"))  # 刘阿姨
act("mode", "都躺下了 全屋进入睡眠模式", M("sleep"))  # 妈妈
act("mode", "我们回来了 离家模式关了吧", M("home"))  # 爸爸
act("mode", "离家模式开起咯", M("away"))  # 广西, 阿强
act("mode", "把家里设成在家模式嘛", M("home"))  # 云南, 小赵
act("mode", "出远门了 开离家模式", M("away"))  # 江西, 老胡
act("mode", "家庭模式改成睡眠 lah", M("sleep"))  # 马来西亚, 阿玲
no("mode", "开启访客模式", note="no such home mode")  # 客人

# ---------------- timer ----------------
act("timer", "二十分钟以后把电视整关了", off("tv"), delay=1200)  # 沈阳, 大刚
act("timer", "五分钟以后把水壶插座关了", off("kettle"), delay=300)  # 爸爸
act("timer", "半小时后关床头灯", off("bulb"), delay=1800)  # 奶奶
act("timer", "一个小时后空调关掉", off("ac"), delay=3600)  # 妈妈, 热的晚上
act("timer", "十分钟后扫地机开始扫地", sweep(), delay=600)  # 刘阿姨
act("timer", "过一刻钟把窗帘拉上", CLOSE(), delay=900)  # 爸爸
act("timer", "四十分钟后净化器关了嘛", off("pur"), delay=2400)  # 云南, 小赵
act("timer", "两个钟头以后关电视盒子", off("box"), delay=7200)  # 江西, 老胡
no("timer", "待会儿把空调关了", note="vague time: nothing now")  # 沈阳, 大刚
no("timer", "晚些时候把电视关掉", note="vague time: nothing now")  # 妈妈

# ---------------- safety ----------------
ask("safety", "开灯", LIGHTS)  # 客人
ask("safety", "亮度整到八十", LIGHTS)  # 沈阳, 大刚
ask("safety", "声音小一点点", SOUND)  # 奶奶
ask("safety", "暂停一下嘛", PLAYERS)  # 云南, 小赵
ask("safety", "把卧室关掉", ["bedroom-bulb", "bedroom-purifier"])  # 小宇
ask("safety", "关了它", note="no target at all")  # 刘阿姨
no("safety", "打开投影", note="no projector")  # 客人
no("safety", "洗衣机开始洗衣服", note="no washing machine")  # 刘阿姨
no("safety", "厨房灯打开", note="no kitchen light")  # 妈妈
no("safety", "把大门打开", note="a contact sensor, no lock")  # 客人
no("safety", "卧室电视打开", note="no tv in the bedroom")  # 小宇
no("safety", "电视调亮一点", note="the tv has no brightness")  # 奶奶
no("safety", "床头灯亮度调到两百", note="out of range")  # 小宇
no("safety", "空调开到三十五度", note="out of range (16-30)")  # 沈阳, 大刚
no("safety", "先别让扫地机扫 我在打电话", note="negation")  # 爸爸
no("safety", "关电视 哎不对 别关了", note="take-back")  # 妈妈
no("safety", "帮我把那个那个", note="half sentence")  # 小宇
no("safety", "南宁明天会下雨不", note="not about the home")  # 广西, 阿强
no("safety", "谢谢你咯 没事了", note="chit-chat")  # 江西, 老胡
no("safety", "音箱打开抖音", note="no apps on the speaker")  # 小宇
no("safety", "开风扇 lah", note="no fan")  # 马来西亚, 阿玲
no("safety", "净化器声音调大点", note="the purifier has no volume")  # 奶奶
no("safety", "窗帘静音", note="cannot")  # 小宇
no("safety", "走廊的灯给我整亮", note="the hallway has only the door sensor")  # 沈阳, 大刚
no("safety", "表妹要来住 你帮着安排一下", note="no device, scene or mode named")  # 妈妈
no("safety", "电饭煲开始煮饭", note="no rice cooker")  # 奶奶

# ---------------- more hard cases (several candidates, nothing named, indirect questions) ----------------
ask("relative", "声音调低一点嘛", SOUND, note="speaker, TV and TV box all have volume")  # 云南, 小赵
ask("media", "快静音 快静音", SOUND)  # 爸爸, 来电话了
ask("power", "手上都是面粉 帮我把灯关一下", LIGHTS, note="two lights, no room")  # 妈妈, 做饭
ask("set", "亮度调成三十", LIGHTS)  # 爸爸
no("safety", "我上班去了啊 拜拜", note="leaving is not a mode or scene; nothing named (TEST4/TEST7)")  # 妈妈
q("卧室是不是有点干啊", ("therm", "environment.relative-humidity"), note="indirect question: dry = humidity")  # 奶奶
