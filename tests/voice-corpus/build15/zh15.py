"""test15, Chinese: hand-written utterances with their labels, one a line, each with a comment naming its voice.

Plain voices: 老杨家周六晚上的麻将局 (杨叔, 杨婶, 牌友老钱, 二姐); 主播小鹿 在客厅直播带货; 小郭两口子 凌晨三点听见动静;
许姐 刚装修完的新房 (油漆味, 甲醛, 工人); 阿宁 中午回家午睡; 胡妈 在家张罗女儿相亲; 晓琳 早上跳操; 耳背的姥爷 和外孙女小满.
Regional / non-native / transcribed: 朱奶奶, 扬州 (江淮官话); 覃哥, 柳州 (桂柳话); 佩玲, 雅加达的印尼华人 (印尼语夹杂);
Mike, 在上海学中文的美国人 (learner's word order and word choice); a transcript that kept another assistant's wake word;
and a recogniser that caught the TV or the radio instead of a person.
"""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")


def warmwhite(d):
    """暖光 / 暖黄: the warm end both lights share (2700 K), or a relative warmer (TEST7.md, TEST13.md)."""
    return P(d, "light.color-temperature", 2700, alt=[warmer(d)])


PURPLE = 0x800080

# ---------------------------------------------------------------- power
act("power", "把水壶插座打开 给大家续点茶", on("kettle"))  # 杨婶, 麻将局
act("power", "空调开一下 四个人打牌热得慌", on("ac"))  # 杨叔, 麻将局
act("power", "净化器打开 这屋烟味太大了", on("pur"))  # 老钱, 麻将局
act("power", "扫地机开起来 地上全是瓜子壳", sweep(), note="'开' a vacuum = start sweeping (TEST5.md)")  # 二姐, 麻将局
act("power", "把客厅大灯关了 我用自己的补光灯", off("ceil"))  # 小鹿, 直播
act("power", "墙上右边那个开关打开", wr(True))  # 小鹿, 直播
act("power", "快把床头灯打开 外面好像有声音", on("bulb"))  # 小郭, 凌晨三点
act("power", "电视打开 装作家里有人醒着", on("tv"))  # 小郭媳妇, 凌晨三点
act("power", "关掉客厅的大灯 别让外面看清里面", off("ceil"))  # 小郭, 凌晨三点
act("power", "净化器给我开着 油漆味还没散", on("pur"))  # 许姐, 装修
act("power", "插座通个电 我烧壶水", on("kettle"), note="the home's only outlet is the kettle plug")  # 许姐, 装修
act("power", "吸顶灯关掉 我眯一会儿", off("ceil"))  # 阿宁, 午睡
act("power", "墙上左边那个开关关了 晃眼", wl(False))  # 阿宁, 午睡
act("power", "电视盒子打开 等会儿给小伙子放个片子", on("box"))  # 胡妈, 相亲
act("power", "空调打开 跳完一身汗", on("ac"))  # 晓琳, 跳操
act("power", "净化器也开一下 屋里一股汗味", on("pur"))  # 晓琳, 跳操
act("power", "把电视给我打开 我听听戏", on("tv"))  # 姥爷, 耳背
act("power", "姥爷说冷 把空调打开吧", on("ac"))  # 小满, 外孙女
act("power", "插座要是没通电就打开", on("kettle"), note="conditional whose condition holds (the plug is off)")  # 胡妈
act("power", "电视开着没 没开就打开", on("tv"), note="a question and a command in one breath")  # 姥爷
act("power", "小度小度 把电视盒子打开", on("box"),
    note="another assistant's wake word left in the transcript; the command itself is plain")  # wake word
act("power", "你家把床头灯开下子", on("bulb"),
    note="扬州: 你家 = 您 (polite you), 下子 = 一下; not 'your home'")  # 朱奶奶, 扬州
act("power", "大灯关掉 客厅么得人", off("ceil"), note="扬州: 么得 = 没有")  # 朱奶奶, 扬州
act("power", "乖乖 热得不得了 空调开下子", on("ac"))  # 朱奶奶, 扬州
act("power", "喊那个电视开起来", on("tv"), note="桂柳话: 喊 = 让 / 叫")  # 覃哥, 柳州
act("power", "净化器开起 屋里头一股螺蛳粉味", on("pur"))  # 覃哥, 柳州
act("power", "插座搞开 烧水泡茶", on("kettle"))  # 覃哥, 柳州
act("power", "空调 nyalain 一下 panas 死了", on("ac"),
    note="印尼语: nyalain = 打开, panas = 热")  # 佩玲, 印尼华人
act("power", "大灯 matiin 啦 太亮", off("ceil"), note="印尼语: matiin = 关掉")  # 佩玲, 印尼华人
act("power", "电视盒子 tolong 打开 ya", on("box"), note="印尼语: tolong = 请 / 帮忙")  # 佩玲, 印尼华人
act("power", "墙上开关 kanan 那个打开", wr(True), note="印尼语: kanan = 右边")  # 佩玲, 印尼华人
act("power", "请你开电视 我要看篮球", on("tv"))  # Mike, 美国人学中文
act("power", "我想你把卧室的灯开", on("bulb"), note="learner word order: 我想你… = 我想让你…")  # Mike
act("power", "请把水壶的插头开", on("kettle"))  # Mike, 美国人学中文
ask("power", "厨房关一下 没人用", note="a bare room, no candidates (TEST2.md, TEST12.md)")  # 许姐, 装修

# ---------------------------------------------------------------- set
act("set", "空调调到二十五度 别太凉", tt(25))  # 杨叔, 麻将局
act("set", "吸顶灯亮度调到百分之八十 看牌清楚点", br("ceil", 80))  # 杨婶, 麻将局
act("set", "净化器风速开到最高档", pfan(3), note="the fan level alone (TEST5.md)")  # 老钱, 麻将局
act("set", "大灯色温调到五千五", ct("ceil", 5500))  # 小鹿, 直播
act("set", "窗帘全拉上 背景要干净", CLOSE())  # 小鹿, 直播
act("set", "空调风速调到低档 怕收进声音", acfan(1))  # 小鹿, 直播
act("set", "窗帘拉一半就行", curt_half())  # 小郭, 凌晨三点
act("set", "净化器切到手动模式 风开最大", pmode(3), pfan(3))  # 许姐, 装修
act("set", "扫地机吸力调到强力 地上全是腻子灰", vfan(2))  # 许姐, 装修
act("set", "净化器童锁打开 工人老乱按", lock(True))  # 许姐, 装修
act("set", "床头灯调到百分之五", br("bulb", 5))  # 阿宁, 午睡
act("set", "空调调到二十六度 睡个午觉", tt(26))  # 阿宁, 午睡
act("set", "吸顶灯调成夜灯模式", lmode(1))  # 阿宁, 午睡
act("set", "床头灯调成暖黄光 气氛好点", warmwhite("bulb"))  # 胡妈, 相亲
act("set", "客厅大灯调成电视模式 一会儿看电视", lmode(3), note="the ceiling light's TV preset, not a scene")  # 胡妈
act("set", "空调调成制冷 二十二度", acmode(1), tt(22))  # 晓琳, 跳操
act("set", "窗帘开到百分之六十", pos(60))  # 晓琳, 跳操
act("set", "空调开暖风 二十七度", acmode(3), tt(27))  # 姥爷, 耳背
act("set", "空调上下扫风打开 姥爷说风老对着他吹", vswing(True))  # 小满
act("set", "空调开节能 省点电费", eco(True))  # 杨婶, 麻将局
act("set", "空调调到二十七 不对 二十五", tt(25), note="the corrected value counts")  # 胡妈
act("set", "空调左右摆风打开", hswing(True))  # 晓琳, 跳操
act("set", "床头灯换成绿色", col(GREEN))  # 小鹿, 直播
act("set", "水壶插座设成停电恢复以后自动打开", P("kettle", "switch.default-power-on-state", 1))  # 许姐, 装修
act("set", "床头灯色温调到四千", ct("bulb", 4000))  # 晓琳
ask("set", "亮度调到五十 我看不清牌", LIGHTS)  # 二姐, 麻将局
act("set", "空调给我调到二十四度半", tt(24.5))  # 朱奶奶, 扬州
act("set", "床头灯调到一半亮", br("bulb", 50))  # 朱奶奶, 扬州
act("set", "空调搞到二十三度 得不得", tt(23), note="桂柳话: 得不得 = 行不行")  # 覃哥, 柳州
act("set", "窗帘拉上 太阳晒得要死", CLOSE())  # 覃哥, 柳州
act("set", "扫地机吸力开最大 得不得", vfan(3))  # 覃哥, 柳州
act("set", "冷气 set 二十二度 ya", tt(22), note="冷气 = the air conditioner")  # 佩玲, 印尼华人
act("set", "床头灯换成紫色 dong", col(PURPLE))  # 佩玲, 印尼华人
act("set", "空调调成除湿 好潮 ya", acmode(2))  # 佩玲, 印尼华人
act("set", "请把空调的温度是二十三", tt(23), note="learner grammar; the value is clear")  # Mike, 美国人学中文
act("set", "我要窗帘关一半", curt_half())  # Mike, 美国人学中文
no("set", "空调设成七十二度", note="Fahrenheit (TEST14.md): 72 is outside 16-30 °C; nothing is set as heard")  # Mike

# ---------------------------------------------------------------- relative
act("relative", "太热了 空调再低两度", cooler(), note="the size of the step is not labelled (TEST11.md)")  # 杨叔
act("relative", "大灯再亮点 看不清牌", brightC())  # 杨婶, 麻将局
act("relative", "净化器风再大点 呛死了", up("pur", "air-purifier.fan-level"))  # 老钱, 麻将局
act("relative", "补光不够 客厅的灯再亮一些", brightC())  # 小鹿, 直播
act("relative", "音箱声音小一点 串进直播里了", quieter("spk"))  # 小鹿, 直播
act("relative", "床头灯暗一点 别太显眼", dimmer("bulb"))  # 小郭, 凌晨三点
act("relative", "扫地机吸力再加一档", up("vac", "vacuum.fan-level"))  # 许姐, 装修
act("relative", "窗帘再拉上一点 还有光透进来", curt_less())  # 阿宁, 午睡
act("relative", "有点凉 空调高一度", hotter())  # 阿宁, 午睡
act("relative", "大灯调暗一点 太亮了不温馨", dimC())  # 胡妈, 相亲
act("relative", "床头灯颜色再暖一点", warmer("bulb"))  # 胡妈, 相亲
act("relative", "热死了 空调再凉快点", cooler())  # 晓琳, 跳操
act("relative", "电视声音再大点 听不见", louder("tv"))  # 姥爷, 耳背
act("relative", "姥爷嫌屋里冷 温度调高点", hotter())  # 小满
act("relative", "卧室里太黑了 我找不到手机", darkBedroom())  # 阿宁, 午睡起来
act("relative", "吸顶灯色温调高一点 白一点", cooler_white("ceil"))  # 小鹿, 直播
act("relative", "电视盒子声音小点 吵到姥爷了", quieter("box"))  # 小满
act("relative", "乖乖 冷得不得了 空调调高下子", hotter())  # 朱奶奶, 扬州
act("relative", "床头灯再亮一点点", brighter("bulb"))  # 朱奶奶, 扬州
act("relative", "热得很 空调再搞低点", cooler())  # 覃哥, 柳州
act("relative", "客厅灯太亮 搞暗点", dimC())  # 覃哥, 柳州
act("relative", "dingin 死了 冷气调高一点", hotter(), note="印尼语: dingin = 冷")  # 佩玲, 印尼华人
act("relative", "大灯 gelap 啦 再亮一点", brightC(), note="印尼语: gelap = 暗")  # 佩玲, 印尼华人
act("relative", "客厅的灯太亮了 请你暗一点", dimC())  # Mike, 美国人学中文
act("relative", "空调太冷了 请你变热一点", hotter())  # Mike, 美国人学中文
act("relative", "音箱太小声 请大声一点", louder("spk"))  # Mike, 美国人学中文
act("relative", "床头灯再白一点", cooler_white("bulb"))  # 胡妈女儿
act("relative", "音箱再大声点 跳操要有劲", louder("spk"))  # 晓琳, 跳操
act("relative", "客厅里好暗 牌都看不清", brightC(), note="the living room's only light is the ceiling light")  # 老钱
act("relative", "音箱声音搞小点 邻居要讲了", quieter("spk"))  # 覃哥, 柳州
ask("relative", "再暗一点 直播画面过曝了", LIGHTS)  # 小鹿, 直播

# ---------------------------------------------------------------- media
act("media", "音箱放点歌 打牌有气氛", sp("play"))  # 杨婶, 麻将局
act("media", "电视切到HDMI二", inp(2))  # 杨叔, 麻将局
act("media", "换下一首 这歌听着心烦 老输", sp("next"), note="only the speaker has next")  # 老钱, 麻将局
act("media", "音箱静音 要开播了", mute("spk"))  # 小鹿, 直播
act("media", "把音箱暂停 我要开麦了", sp("pause"))  # 小鹿, 直播
act("media", "电视声音关掉 别串进直播里", mute("tv"), note="声音关掉 = mute (TEST6.md)")  # 小鹿, 直播
act("media", "让音箱说一句 直播开始了请大家安静", say("直播开始了请大家安静"))  # 小鹿, 直播
act("media", "电视盒子暂停 听听外面有没有动静", boxp("pause"))  # 小郭, 凌晨三点
act("media", "电视盒子打开爱奇艺", app("box"))  # 许姐
act("media", "音箱来点雨声 助眠", sp("play"), note="what plays cannot be chosen")  # 阿宁, 午睡
act("media", "音箱放点轻音乐 小伙子快到了", sp("play"))  # 胡妈, 相亲
act("media", "电视上打开网飞", app("tv", NETFLIX))  # 胡妈, 相亲
act("media", "音箱音量调到七十 跳操", vol("spk", 70))  # 晓琳, 跳操
act("media", "电视盒子打开优酷 找帕梅拉", app("box"))  # 晓琳, 跳操
act("media", "电视声音调到八十", vol("tv", 80))  # 姥爷, 耳背
act("media", "把电视的静音取消", unmute("tv"), note="the TV is not muted: nothing new, and no louder")  # 小满
act("media", "电视继续播放", tvp("play"))  # 姥爷
act("media", "电视盒子往下翻一个", key(1))  # 小满
act("media", "电视盒子调出菜单", key(7))  # 小满
act("media", "上一首 刚才那首好听", sp("previous"), note="only the speaker has previous")  # 二姐, 麻将局
ask("media", "先停一下 我接个视频", PLAYERS)  # 胡妈, 相亲
ask("media", "声音开大点 后面听不清", SOUND)  # 杨叔, 麻将局
ask("media", "放个网飞 我们一起看", APPS)  # 胡妈女儿, 相亲
act("media", "小爱同学 下一首", sp("next"), note="another assistant's wake word left in the transcript")  # wake word
act("media", "音箱放段扬州清曲", sp("play"), note="a genre cannot be chosen")  # 朱奶奶, 扬州
act("media", "电视机声音关掉下子 接个电话", mute("tv"))  # 朱奶奶, 扬州
act("media", "音箱放首歌来听 彩调也得", sp("play"), note="桂柳话: …也得 = …也行")  # 覃哥, 柳州
act("media", "电视盒子暂停一下 我去嗦碗粉", boxp("pause"))  # 覃哥, 柳州
act("media", "音箱换一首 这首 nggak enak", sp("next"), note="印尼语: nggak enak = 不好听")  # 佩玲, 印尼华人
act("media", "电视 volume 调到三十", vol("tv", 30))  # 佩玲, 印尼华人
act("media", "盒子开 YouTube ya", app("box"), note="盒子 = the TV box; the app only")  # 佩玲, 印尼华人
act("media", "请你音箱音乐开始", sp("play"))  # Mike, 美国人学中文
act("media", "电视的输入请换HDMI一", inp(1))  # Mike, 美国人学中文
act("media", "请音箱说 欢迎你们来", say("欢迎你们来"))  # Mike, 美国人学中文
act("media", "电视先暂停 我去拿个外卖", tvp("pause"))  # 二姐, 麻将局

# ---------------------------------------------------------------- scene
act("scene", "散场了 各回各屋 晚安", S("good-night"),
    note="bedtime words to the room; TEST7.md labels 'good night everyone' as the scene")  # 杨叔, 麻将局散场
act("scene", "下播了 开观影模式", S("movie"), note="观影模式 is a scene (TEST3.md)")  # 小鹿, 直播
act("scene", "没事了 是猫 执行晚安", S("good-night"))  # 小郭, 凌晨三点
act("scene", "我回来了 开一下回家场景", S("welcome-home"))  # 许姐
act("scene", "午觉睡醒了 早安", S("good-morning"), note="waking from a nap is waking up")  # 阿宁, 午睡
act("scene", "开个观影场景 让他们俩看个电影", S("movie"))  # 胡妈, 相亲
act("scene", "早上好 开始新的一天", S("good-morning"))  # 晓琳, 早上
act("scene", "姥爷要睡觉了 晚安吧", S("good-night"))  # 小满
act("scene", "到家啦 欢迎回家", S("welcome-home"))  # 小满
act("scene", "早安场景 然后开始扫地", S("good-morning"), sweep())  # 晓琳
act("scene", "欢迎回家场景 再把电视打开", S("welcome-home"), on("tv"))  # 胡妈
no("scene", "开启麻将场景", note="no such scene")  # 杨叔
no("scene", "开个直播场景", note="no such scene")  # 小鹿
no("scene", "执行相亲场景", note="no such scene")  # 胡妈
act("scene", "我家来喽", S("welcome-home"), note="扬州: 家来 = 回家, coming home = Welcome home")  # 朱奶奶, 扬州
act("scene", "要睡觉了 你家晚安", S("good-night"), note="扬州: 你家 = 您")  # 朱奶奶, 扬州
act("scene", "天亮了 起来咯 早安", S("good-morning"))  # 覃哥, 柳州
act("scene", "saya pulang 我回来了", S("welcome-home"), note="印尼语: saya pulang = 我回家了")  # 佩玲, 印尼华人
act("scene", "你好 我到家了 请开欢迎回家", S("welcome-home"))  # Mike, 美国人学中文
act("scene", "我要看电影 请开电影场景", S("movie"))  # Mike, 美国人学中文

# ---------------------------------------------------------------- query
q("客厅现在几度", ("ac", "environment.temperature"))  # 杨婶, 麻将局
q("空气质量现在怎么样 烟太大了吧", ("pur", "environment.air-quality"))  # 老钱, 麻将局
q("音箱现在音量多少", ("spk", "speaker.volume"))  # 小鹿, 直播
q("大门现在关着没有", ("door", "magnet-sensor.contact-state"))  # 小郭, 凌晨三点
q("客厅刚才有动静吗 传感器看看", ("mot", "motion-sensor.motion-state"))  # 小郭, 凌晨三点
q("人体传感器上次检测到人是多久以前", ("mot", "motion-sensor.no-motion-duration"))  # 小郭媳妇
q("卧室PM2.5现在多少", ("pur", "environment.pm25-density"))  # 许姐, 装修
q("净化器滤芯还剩多少", ("pur", "filter.filter-life-level"))  # 许姐, 装修
q("卧室湿度多少 刷的漆干得快不快", ("therm", "environment.relative-humidity"))  # 许姐, 装修
q("窗帘现在开着多少", ("curt", "curtain.current-position"))  # 阿宁, 午睡
q("空调现在设的多少度", ("ac", "air-conditioner.target-temperature"))  # 胡妈
q("卧室现在多少度 我要换衣服", ("therm", "environment.temperature"))  # 晓琳
q("电视到底开了没有啊", ("tv", "television.on"))  # 姥爷, 耳背
q("空调现在是什么模式", ("ac", "air-conditioner.mode"))  # 小满
q("扫地机现在在干嘛", ("vac", "vacuum.status"))  # 二姐
q("扫地机电量够不够扫一遍厨房", ("vac", "battery.battery-level"))  # 许姐, 装修
q("水壶插座现在功率多少", ("kettle", "power-consumption.electric-power"))  # 许姐
q("插座现在的电流是多少", ("kettle", "power-consumption.electric-current"))  # 许姐
q("门开了多长时间了 是不是有人进来过", ("door", "magnet-sensor.open-duration"))  # 小郭, 凌晨三点
q("大门那个传感器电池怎么样了", ("door", "battery.battery-level"))  # 小郭
q("电视现在是哪个信号源", ("tv", "television.input-source"))  # 杨叔
q("电视盒子现在播的是啥", ("box", "tv-box.current-content"))  # 姥爷
q("温湿度计还有电吗", ("therm", "battery.battery-level"))  # 胡妈
q("墙上开关哪边开着", ("wall", "left-switch.on"), ("wall", "right-switch.on"))  # 小鹿
q("床头灯现在什么颜色", ("bulb", "light.color"))  # 胡妈女儿
q("客厅现在光照多少", ("mot", "motion-sensor.illumination"),
  note="the room's light level is the motion sensor's illumination (TEST10.md)")  # 小鹿, 直播
q("大门关了么得", ("door", "magnet-sensor.contact-state"), note="扬州: 么得 = 没有")  # 朱奶奶, 扬州
q("卧室好热 哪样温度哦", ("therm", "environment.temperature"), note="桂柳话: 哪样 = 什么")  # 覃哥, 柳州
q("扫地机在充电冇", ("vac", "battery.charging-state"))  # 覃哥, 柳州
q("空调 udah 开了吗", ("ac", "air-conditioner.on"), note="印尼语: udah = 已经")  # 佩玲, 印尼华人
q("请问卧室的空气好不好", ("pur", "environment.air-quality"))  # Mike, 美国人学中文
q("净化器开了吗 我不知道", ("pur", "air-purifier.on"))  # Mike, 美国人学中文

# ---------------------------------------------------------------- group
act("group", "所有灯亮度都调到最高", br("bulb", 100), br("ceil", 100),
    note="group brightness leaves the off bulb's power alone")  # 杨叔, 麻将局
act("group", "所有在放的都先停了 胡了", pause_all())  # 杨婶, 麻将局
act("group", "家里能出声的全部静音 开播了", MUTE_ALL)  # 小鹿, 直播
act("group", "客厅的灯全关 我有补光", off("ceil"), note="the living room's one light")  # 小鹿, 直播
act("group", "快 全屋的灯都打开", on("bulb"), on("ceil"))  # 小郭, 凌晨三点
act("group", "卧室的东西全部打开", on("bulb"), on("pur"), note="the thermometer cannot be switched")  # 小郭媳妇
act("group", "家里所有电器都关掉 我去婆婆家住几天", ALL_OFF)  # 许姐, 装修
act("group", "所有灯都关了 我午睡", off("bulb"), off("ceil"))  # 阿宁, 午睡
act("group", "所有灯都调暖一点", warmer("bulb"), warmer("ceil"))  # 胡妈, 相亲
act("group", "客厅所有电器都关了 我出门跑步", LIVING_OFF)  # 晓琳
act("group", "除了电视 客厅别的都关了", [a for a in LIVING_OFF if a["device"] != "living-tv"])  # 姥爷
act("group", "厨房里的电器全打开", on("kettle"), note="the kettle plug only; the vacuum has no power switch")  # 许姐
act("group", "墙上两个开关都关了", wl(False), wr(False))  # 阿宁, 午睡
no("group", "门厅里的灯都开开", note="the hallway has only the door sensor")  # 小郭, 凌晨三点
act("group", "灯都关掉 么得人了", off("bulb"), off("ceil"), note="都 is the group word")  # 朱奶奶, 扬州
act("group", "所有灯都搞亮点", brighter("bulb"), brightC())  # 覃哥, 柳州
act("group", "所有的灯 matiin 啦", off("bulb"), off("ceil"))  # 佩玲, 印尼华人
act("group", "请你关所有的灯", off("bulb"), off("ceil"))  # Mike, 美国人学中文
act("group", "电视和盒子都打开", on("tv"), on("box"))  # 二姐, 麻将局
act("group", "两个灯亮度都调成四十", br("bulb", 40), br("ceil", 40))  # 胡妈

# ---------------------------------------------------------------- mode
act("mode", "睡眠模式 散了散了", M("sleep"))  # 杨叔, 麻将局散场
act("mode", "家里设成离家模式 这几天不回来", M("away"))  # 许姐, 装修
act("mode", "切到睡眠模式 午睡一个钟", M("sleep"))  # 阿宁, 午睡
act("mode", "把睡眠模式关了 我起来看看", M("home"), note="ending sleep mode = the home mode")  # 小郭, 凌晨三点
act("mode", "出门跑步 开离家模式", M("away"))  # 晓琳
no("mode", "开启会客模式 相亲的来了", note="no such home mode")  # 胡妈
act("mode", "设成在家模式 我家来了", M("home"))  # 朱奶奶, 扬州
act("mode", "离家模式搞起 回三江老家", M("away"))  # 覃哥, 柳州
act("mode", "睡眠模式开 ya 我 capek 了", M("sleep"), note="印尼语: capek = 累")  # 佩玲, 印尼华人
act("mode", "请开外出的模式", M("away"))  # Mike, 美国人学中文
act("mode", "开离家模式 不对 在家模式", M("home"), note="the corrected mode counts")  # 胡妈

# ---------------------------------------------------------------- timer
act("timer", "一个小时后把空调关了", off("ac"), delay=3600)  # 杨婶, 麻将局
act("timer", "两个半小时以后扫地机开始扫", sweep(), delay=9000)  # 小鹿, 直播
act("timer", "四十分钟后把窗帘拉开 叫我起来", OPEN(), delay=2400)  # 阿宁, 午睡
no("timer", "两点钟把床头灯打开", note="a clock time, not a delay: nothing now")  # 阿宁, 午睡
act("timer", "二十分钟以后把电视盒子打开", on("box"), delay=1200)  # 胡妈, 相亲
act("timer", "半小时后空调关掉 我洗完澡就出门", off("ac"), delay=1800)  # 晓琳
act("timer", "一刻钟以后把电视关了 姥爷该睡了", off("tv"), delay=900)  # 小满
no("timer", "等下子把插座关掉", note="扬州: 等下子 = a while; a vague time, nothing now")  # 朱奶奶, 扬州
act("timer", "十分钟后空调开起", on("ac"), delay=600)  # 覃哥, 柳州
no("timer", "bentar lagi 关电视", note="印尼语: bentar lagi = 待会儿; a vague time")  # 佩玲, 印尼华人
act("timer", "请你五分钟以后开水壶插座", on("kettle"), delay=300)  # Mike, 美国人学中文

# ---------------------------------------------------------------- safety
no("safety", "碰 幺鸡", note="mahjong talk")  # 杨叔, 麻将局
no("safety", "这把我又输了 真是邪门")  # 老钱, 麻将局
no("safety", "别开空调 老钱感冒了", note="a negation")  # 杨婶, 麻将局
no("safety", "宝宝们 链接已经上好了 三二一上车", note="livestream talk")  # 小鹿, 直播
no("safety", "把美颜灯打开", note="no such device")  # 小鹿, 直播
no("safety", "报警 快报警", note="nothing the home can do")  # 小郭, 凌晨三点
no("safety", "把大门反锁了", note="a contact sensor: it cannot lock")  # 小郭, 凌晨三点
no("safety", "把新风系统打开", note="no fresh-air system")  # 许姐, 装修
no("safety", "把窗户都打开通通风", note="no window device")  # 许姐, 装修
no("safety", "两点钟叫我起床", note="an alarm, no device")  # 阿宁, 午睡
no("safety", "别让扫地机出来丢人", note="a negation; the vacuum is idle")  # 胡妈, 相亲
no("safety", "把灯 哎 算了 就这样吧", note="taken back")  # 胡妈, 相亲
no("safety", "把电视打开 哦不 跳完再说", note="taken back")  # 晓琳, 跳操
no("safety", "你说啥 大点声", note="the assistant's own voice, not a device; an ask (which device?) would be equally safe")  # 姥爷, 耳背
no("safety", "人体传感器关掉 老是亮", note="a sensor has no power switch")  # 姥爷
no("safety", "观众朋友们晚上好 欢迎收看今天的节目", note="the recogniser caught the TV")  # crosstalk
no("safety", "接下来请看天气预报 明天全省大部分地区有雨", note="the recogniser caught the TV")  # crosstalk
no("safety", "把那个东来对面的 二十", note="ASR garbage")  # recogniser
no("safety", "你家早茶吃过了啊", note="扬州: 你家 = 您; a greeting")  # 朱奶奶, 扬州
no("safety", "今晚搞哪样吃 螺蛳粉得不得", note="桂柳话: chit-chat")  # 覃哥, 柳州
no("safety", "aduh 又停电了 mati lampu", note="印尼语: mati lampu = 停电; a remark")  # 佩玲, 印尼华人
no("safety", "你会说英文吗")  # Mike, 美国人学中文
ask("safety", "帮我把那个关一下 吵死了", note="no target; no candidates")  # 老钱, 麻将局
ask("safety", "灯 灯 快开灯 什么东西响", LIGHTS)  # 小郭媳妇, 凌晨三点
ask("safety", "卧室给开一下 我进去躺会儿", ["bedroom-bulb", "bedroom-purifier"])  # 阿宁, 午睡
no("safety", "把空调 哎 遥控器呢", note="half sentence")  # 杨叔, 麻将局
no("safety", "把电动麻将桌打开 洗牌了", note="no such device")  # 杨叔, 麻将局
no("safety", "别关电视 姥爷还在看呢", note="a negation")  # 小满
