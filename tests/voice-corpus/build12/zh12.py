"""test12, Chinese: hand-written, one utterance a line, each with a comment naming its voice.

Plain voices (about two thirds): 小唐和阿敏, new parents of 米粒, up at night; 阿凯、小雯、老孟, flatmates sharing one
living room; 老蒋, at home after a knee operation; 表姐, a cousin staying over who knows no device names; a hot night
with a thunderstorm (雷雨夜); 周阿姨's spring cleaning (大扫除); the football final (足球决赛); 中秋节 at 奶奶's; the
wedding morning (婚礼早上) of 小雅 and her mother.
Regional (about one third): 老郝 from 包头, 内蒙古 (哇, 甚, 嫑, 可…嘞, 黑夜, 白毛风, 赛白努); 阿国 from 温州 (危险 = very,
爻 = 了, 该个 = this, 何乜 = what, 黄昏 = evening, 困觉); 宁波阿姨 (阿拉, 侬, 交关, 弗, 该 = this, 一眼眼, 热煞, 啥西);
苏州 奶奶 and granddaughter (倷, 伲, 阿是 / 阿有, 覅, 哉, 关脱, 今朝, 晏歇, 里向, 物事); 客家 阿伯 from 梅州 (涯, 爱 = want,
做得, 唔使, 恁, 个 = 的, 转屋下, 睡目, 麼个, 几多); and raw speech-recogniser transcripts with homophone slips and no
punctuation (客听 = 客厅, 等 = 灯, 空条 = 空调, 净化气 = 净化器, 因箱 = 音箱, 电是 = 电视, 进音 = 静音, 站停 = 暂停, 完安 = 晚安, 关影 = 观影).
"""
from lib import *  # noqa: F401,F403
from common import *  # noqa: F401,F403

lang("zh")

# ---------------------------------------------------------------- power (36)
act("power", "床头灯打开一下 宝宝要喝奶了", on("bulb"))  # 新手爸妈: 小唐, 凌晨三点
act("power", "床头灯关了吧 她睡着了", off("bulb"))  # 新手爸妈: 阿敏
act("power", "烧水的插座打开 我去冲奶粉", on("kettle"))  # 新手爸妈: 小唐
act("power", "电视关了吧 又没人看", off("tv"), note="already off in the home's state; labelled as said")  # 合租: 小雯
act("power", "帮我把电视盒子打开 今天轮到我追剧", on("box"))  # 合租: 小雯
act("power", "客厅空调开一下 热得没法待", on("ac"))  # 合租: 老孟
act("power", "我腿不方便 帮我把客厅大灯关了", off("ceil"))  # 膝盖手术: 老蒋
act("power", "卧室的净化器开一下 我今天得躺一天", on("pur"))  # 膝盖手术: 老蒋
act("power", "扫地机器人开始扫吧 我下不了地", sweep())  # 膝盖手术: 老蒋
act("power", "床边那个圆圆的小灯 帮我开一下", on("bulb"))  # 借住的表姐
act("power", "电视帮我打开一下吧 遥控器找不着", on("tv"))  # 借住的表姐
act("power", "打雷了 空调先关掉", off("ac"))  # 雷雨夜
act("power", "水壶插座断一下电 打雷怕出事", off("kettle"))  # 雷雨夜
act("power", "净化器打开 擦灰擦得满屋子都是", on("pur"))  # 大扫除: 周阿姨
act("power", "电视打开 决赛要开始了", on("tv"))  # 足球决赛: 阿凯
act("power", "客厅的灯开开 化妆要亮堂", on("ceil"), note="already on; labelled as said")  # 婚礼早上: 新娘妈妈
act("power", "客厅大灯关了吧 咱们就着月光吃月饼", off("ceil"))  # 中秋: 奶奶
act("power", "墙上那个开关 右边的打开", wr(True))  # 合租: 老孟
ask("power", "灯开一下 她吐奶了", LIGHTS, note="two lights, no room named")  # 新手爸妈: 阿敏
no("power", "把除湿机打开 屋里太潮了", note="no dehumidifier; the AC's Dry mode is not named")  # 雷雨夜
no("power", "厨房的排气扇开一下 一股味", note="no exhaust fan")  # 大扫除: 周阿姨
no("power", "别关电视啊 我还看着呢")  # 膝盖手术: 老蒋
no("power", "把电视打开 哎算了 没空看", note="taken back")  # 婚礼早上: 小雅
act("power", "把客厅的灯给开开哇 黑洞洞的甚也看不见", on("ceil"))  # 内蒙古: 老郝 (哇 imperative, 甚 = 什么)
act("power", "空调嫑开了 关了哇", off("ac"),
    note="嫑开了 (don't keep it running) then 关了哇: switch it off, not a negation of the whole")  # 内蒙古: 老郝
act("power", "电视关爻 困觉了", off("tv"))  # 温州: 阿国 (爻 = 了)
act("power", "水壶插座开开 泡茶", on("kettle"))  # 温州: 阿国
act("power", "卧室里的灯开开 黑咕隆咚阿拉看弗见", on("bulb"))  # 宁波阿姨
act("power", "侬帮我把空气净化器关掉 吵煞了", off("pur"))  # 宁波阿姨
act("power", "倷帮伲把电视盒子关脱", off("box"))  # 苏州 奶奶 (倷 = 你, 伲 = 我, 关脱 = 关掉)
act("power", "吸顶灯关脱 好哉", off("ceil"))  # 苏州 奶奶
act("power", "涯爱看电视 帮涯开一下电视", on("tv"))  # 客家 阿伯 (涯 = 我, 爱 = 要)
act("power", "冷气关掉 唔使开咯", off("ac"), note="客家 唔使 = 不用: 'no need for it', so switch it off")  # 客家 阿伯
act("power", "把客听的大等关掉", off("ceil"), note="ASR: 客听 = 客厅, 大等 = 大灯")  # ASR transcript
act("power", "打开卧室的净化气", on("pur"), note="ASR: 净化气 = 净化器")  # ASR transcript
act("power", "插坐打开我要烧水", on("kettle"), note="ASR: 插坐 = 插座")  # ASR transcript

# ---------------------------------------------------------------- set (36)
act("set", "床头灯调到百分之五 够换尿布就行", br("bulb", 5))  # 新手爸妈: 阿敏
act("set", "床头灯调成最暖的那种黄光", ct("bulb", 1700), note="the warmest white the bulb has")  # 新手爸妈: 小唐
act("set", "净化器调成睡眠模式 别吵着宝宝", pmode(1))  # 新手爸妈: 阿敏
act("set", "空调调到二十五度 谁也别再动了", tt(25))  # 合租: 阿凯
act("set", "空调开制热 二十二度", acmode(3), tt(22), note="both were asked")  # 合租: 小雯
act("set", "电视切到HDMI2 我接了游戏机", inp(2))  # 合租: 老孟
act("set", "窗帘拉到一半 太阳晃眼", curt_half())  # 膝盖手术: 老蒋
act("set", "吸顶灯调成阅读模式 我看会儿报纸", lmode(2))  # 膝盖手术: 老蒋
act("set", "净化器风速调到最高", pfan(3), note="fan level alone (TEST5.md)")  # 膝盖手术: 老蒋
act("set", "床头灯能调成粉色吗", col(0xFFC0CB),
    note="a polite request (能…吗), not a question about what it can do; pink = 0xFFC0CB (TEST8.md)")  # 借住的表姐
act("set", "空调开除湿 屋里闷死了", acmode(2))  # 雷雨夜
act("set", "空调上下扫风打开", vswing(True))  # 雷雨夜
act("set", "窗帘全拉上 闪电太晃眼了", CLOSE())  # 雷雨夜
act("set", "扫地机吸力调到最强 地毯上全是毛", vfan(3), note="最强 = the strongest setting, Turbo (3)")  # 大扫除
act("set", "净化器调成手动模式", pmode(3))  # 大扫除: 周阿姨
act("set", "吸顶灯调到电视模式 看球", lmode(3))  # 足球决赛: 阿凯
act("set", "空调风速开到中档", acfan(2))  # 足球决赛: 老孟
act("set", "床头灯调成黄色 像月亮一样", col(YELLOW))  # 中秋: 孙女
act("set", "客厅灯亮度调到百分之二十 好看月亮", br("ceil", 20))  # 中秋: 奶奶
act("set", "吸顶灯色温调到六千五 拍照用", ct("ceil", 6500))  # 婚礼早上: 摄影师
act("set", "空调开节能 门一直开着等接亲", eco(True))  # 婚礼早上: 新娘妈妈
act("set", "净化器的童锁打开 孙子要来了", lock(True))  # 膝盖手术: 老蒋
act("set", "空调左右摆风关掉", hswing(False))  # 合租: 小雯
ask("set", "亮度给我调到六十吧", LIGHTS, note="two lights, none named")  # 合租: 阿凯
no("set", "空调温度设到十四度 快", note="below the 16-30 range: refused")  # 雷雨夜
no("set", "吸顶灯调成红色 过节喜庆", note="the ceiling light has no colour")  # 中秋: 孙女
no("set", "净化器风速调到五档", note="fan level is 1-3")  # 大扫除: 周阿姨
act("set", "空调给调成二十三度哇", tt(23))  # 内蒙古: 老郝
act("set", "外头刮白毛风 可冷嘞 空调开制热", acmode(3))  # 内蒙古: 老郝 (白毛风 = blizzard)
act("set", "该个床头灯亮度调到三十", br("bulb", 30))  # 温州: 阿国 (该个 = 这个)
act("set", "窗帘拉开三成", pos(30))  # 宁波阿姨
act("set", "空调调到二十六度半", tt(26.5))  # 苏州 孙女
act("set", "扫地机吸力调成安静个", vfan(0), note="苏州 个 = 的; 安静 = Quiet (0)")  # 苏州 奶奶
act("set", "净化器调自动 做得了", pmode(0))  # 客家 阿伯 (做得 = 可以)
act("set", "空条调到二十四度", tt(24), note="ASR: 空条 = 空调")  # ASR transcript
act("set", "床头等的量度调到百分之五十", br("bulb", 50), note="ASR: 等 = 灯, 量度 = 亮度")  # ASR transcript

# ---------------------------------------------------------------- relative (31)
act("relative", "床头灯再暗一点 她眼睛眯上了", dimmer("bulb"),
    note="explicit brightness word: the change only")  # 新手爸妈: 阿敏
act("relative", "屋里有点凉 空调调高一度", hotter())  # 新手爸妈: 小唐
act("relative", "太热了 空调往下调调", cooler())  # 合租: 阿凯
act("relative", "客厅灯太刺眼了 调暗点", dimC())  # 合租: 小雯
act("relative", "电视声音大一点 听不清解说", louder("tv"))  # 足球决赛: 老孟
act("relative", "窗帘再拉上一点", curt_less())  # 膝盖手术: 老蒋
act("relative", "空调风再大点", up("ac", "fan-control.fan-level"))  # 膝盖手术: 老蒋
act("relative", "床边那个小灯能再亮一点吗 我看书", brighter("bulb"))  # 借住的表姐
act("relative", "闷死了 空调温度再降两度", cooler(), note="the size (两度) is not labelled")  # 雷雨夜
act("relative", "扫地机吸力再大一点", up("vac", "vacuum.fan-level"))  # 大扫除: 周阿姨
act("relative", "净化器风速调大一档", up("pur", "air-purifier.fan-level"))  # 大扫除: 周阿姨
act("relative", "音箱声音小点 要听电视解说", quieter("spk"))  # 足球决赛: 阿凯
act("relative", "客厅的灯再调暗一些 看得见月亮", dimC())  # 中秋: 奶奶
act("relative", "吸顶灯再亮一点 化妆看不清", brightC())  # 婚礼早上: 化妆师
act("relative", "床头灯颜色再暖一点", warmer("bulb"))  # 婚礼早上: 小雅
act("relative", "电视盒子声音调小一点 奶奶在打电话", quieter("box"))  # 中秋: 孙子
ask("relative", "再亮一点嘛 看不清牌", LIGHTS, note="two lights, none named")  # 合租: 小雯
ask("relative", "声音再大点 进球了", SOUND, note="speaker, TV and TV box; none named")  # 足球决赛: 阿凯
no("relative", "温度计调低一点", note="a sensor: nothing to lower")  # 雷雨夜
no("relative", "电视屏幕亮一点 太暗了", note="the TV has no brightness")  # 借住的表姐
act("relative", "家里头热得不行 空调往低调些", cooler())  # 内蒙古: 老郝 (些 = a bit)
act("relative", "卧室的灯再亮点儿 看不清楚字", brighter("bulb"))  # 内蒙古: 老郝
act("relative", "危险冷 空调调高点", hotter())  # 温州: 阿国 (危险 = very)
act("relative", "电视声音危险响 调小点", tooloud("tv"))  # 温州: 阿国
act("relative", "音箱声音轻一眼眼", quieter("spk"))  # 宁波阿姨 (轻 = quieter, 一眼眼 = a little)
act("relative", "热煞了 空调再调低两度", cooler())  # 宁波阿姨
act("relative", "吸顶灯亮得吃勿消 暗一点", dimC())  # 苏州 奶奶
act("relative", "窗帘再开开一点", curt_more(), note="fully open already; labelled as said")  # 苏州 孙女
act("relative", "卧室恁暗 看唔到", darkBedroom(), note="客家 恁 = so; the bulb is off")  # 客家 阿伯
act("relative", "客厅的登条暗一点", dimC(), note="ASR: 登条 = 灯调")  # ASR transcript
act("relative", "因箱声音大一点", louder("spk"), note="ASR: 因箱 = 音箱")  # ASR transcript

# ---------------------------------------------------------------- media (36)
act("media", "电视静音 宝宝刚睡", mute("tv"))  # 新手爸妈: 阿敏
act("media", "音箱放首摇篮曲", sp("play"), note="the profile's only play; the song cannot be chosen")  # 新手爸妈: 小唐
act("media", "电视盒子暂停一下 她又哭了", boxp("pause"))  # 新手爸妈: 阿敏
act("media", "音箱切下一首 这谁的歌单啊", sp("next"))  # 合租: 阿凯
act("media", "电视盒子打开网飞", app("box", NETFLIX))  # 合租: 小雯
act("media", "音箱上一首 刚才那首好听", sp("previous"))  # 合租: 小雯
act("media", "电视声音调到三十五", vol("tv", 35))  # 膝盖手术: 老蒋
act("media", "电视盒子按一下确定", key(4))  # 膝盖手术: 老蒋
act("media", "电视盒子返回 按错了", key(5))  # 膝盖手术: 老蒋
act("media", "电视下面那个盒子 回到主页", key(6))  # 借住的表姐
act("media", "让音箱放点歌听听吧", sp("play"))  # 借住的表姐
act("media", "音箱说一声 大家把手机充上电", say("大家把手机充上电"))  # 雷雨夜
act("media", "电视取消静音 看看天气预报", unmute("tv"), note="not muted in the home's state")  # 雷雨夜
act("media", "电视音量调到五十", vol("tv", 50))  # 足球决赛: 老孟
act("media", "电视切到HDMI1 体育盒子在那个口", inp(1))  # 足球决赛: 阿凯
act("media", "音箱静音 要听解说", mute("spk"))  # 足球决赛: 老孟
act("media", "电视暂停 中场去烧水", tvp("pause"))  # 足球决赛: 小雯
act("media", "音箱接着放 干活有劲", sp("play"))  # 大扫除: 周阿姨
act("media", "电视切回电视信号 看中秋晚会", inp(0))  # 中秋: 奶奶
act("media", "让音箱说 接亲的车到楼下了", say("接亲的车到楼下了"))  # 婚礼早上: 新娘妈妈
act("media", "音箱音量调到六十 伴娘要跳舞", vol("spk", 60))  # 婚礼早上: 伴娘
ask("media", "快暂停 外卖到了", PLAYERS, note="three players, none named")  # 合租: 阿凯
ask("media", "静音 放广告了", SOUND, note="speaker, TV and TV box; none named")  # 足球决赛: 老孟
ask("media", "打开爱奇艺给孩子看", APPS, note="the TV and the TV box both launch apps")  # 借住的表姐
no("media", "扫地机放首歌", note="the vacuum plays nothing")  # 大扫除: 周阿姨
no("media", "电视换下一个台", note="the TV has no channel or next action")  # 中秋: 爷爷
act("media", "电视声音给调到二十哇", vol("tv", 20))  # 内蒙古: 老郝
act("media", "音箱放个长调听听", sp("play"), note="长调 = Mongolian long song; the song cannot be chosen")  # 内蒙古: 老郝
act("media", "电视盒子停爻 吃饭去", A("box", "tv-box.stop", alt=[boxp("pause")]))  # 温州: 阿国
act("media", "音箱下一首 该首歌弗好听", sp("next"))  # 宁波阿姨 (该 = 这, 弗 = 不)
act("media", "电视声音关脱 小囡困觉哉", mute("tv"), note="声音关掉 = mute (TEST6.md)")  # 苏州 奶奶
act("media", "音箱放段评弹", sp("play"))  # 苏州 奶奶 (评弹 = Suzhou ballad singing)
act("media", "音箱音量开到四十", vol("spk", 40))  # 客家 阿伯
act("media", "电视进音", mute("tv"), note="ASR: 进音 = 静音")  # ASR transcript
act("media", "电视盒子站停一下", boxp("pause"), note="ASR: 站停 = 暂停")  # ASR transcript
act("media", "电是切到HDMI3", inp(3), note="ASR: 电是 = 电视")  # ASR transcript

# ---------------------------------------------------------------- scene (21)
act("scene", "晚安 但愿她能睡个整觉", S("good-night"))  # 新手爸妈: 阿敏
act("scene", "开一下看电影的场景 片子开始了", S("movie"))  # 合租: 小雯
act("scene", "执行早安场景 我反正还躺着", S("good-morning"))  # 膝盖手术: 老蒋
act("scene", "我买完菜回来了", S("welcome-home"), note="coming home = Welcome home (TEST5.md)")  # 借住的表姐
act("scene", "雷停了 睡吧 晚安", S("good-night"))  # 雷雨夜
act("scene", "早上好 今天大扫除", S("good-morning"))  # 大扫除: 周阿姨
act("scene", "开电影模式 决赛开始了", S("movie"), note="电影模式 = the Movie scene (not a home mode)")  # 足球决赛
act("scene", "人都到齐了 开个回家场景", S("welcome-home"))  # 中秋: 奶奶
act("scene", "早安 今天是大日子", S("good-morning"))  # 婚礼早上: 小雅
act("scene", "喝完喜酒回来了", S("welcome-home"))  # 婚礼 晚上: 新娘妈妈
act("scene", "天都亮了 那就早安吧", S("good-morning"))  # 新手爸妈: 小唐
no("scene", "开启婚礼场景", note="no such scene")  # 婚礼早上: 伴娘
no("scene", "开个赏月模式", note="no such scene or home mode")  # 中秋: 孙子
act("scene", "黑夜了 睡哇 晚安", S("good-night"))  # 内蒙古: 老郝 (黑夜 = 夜里)
act("scene", "黄昏了 困觉去 晚安", S("good-night"))  # 温州: 阿国 (黄昏 = 晚上)
act("scene", "阿拉回来了 外头冷煞", S("welcome-home"))  # 宁波阿姨
act("scene", "今朝起来哉 早安", S("good-morning"))  # 苏州 奶奶 (今朝 = 今天)
act("scene", "转屋下哩", S("welcome-home"), note="客家 转屋下 = 回家")  # 客家 阿伯
act("scene", "睡目咯 晚安", S("good-night"))  # 客家 阿伯 (睡目 = 睡觉)
act("scene", "执行完安场景", S("good-night"), note="ASR: 完安 = 晚安")  # ASR transcript
act("scene", "打开关影模式", S("movie"), note="ASR: 关影 = 观影; not 'close'")  # ASR transcript

# ---------------------------------------------------------------- query (31)
q("卧室现在几度 宝宝冷不冷", ("therm", "environment.temperature"))  # 新手爸妈: 阿敏
q("卧室湿度多少", ("therm", "environment.relative-humidity"))  # 新手爸妈: 小唐
q("大门是不是没关好", ("door", "magnet-sensor.contact-state"))  # 新手爸妈: 小唐
q("水壶插座还开着吗 谁开的", ("kettle", "switch.on"))  # 合租: 小雯
q("插座现在功率多大", ("kettle", "power-consumption.electric-power"))  # 合租: 老孟
q("插座一共用了多少度电", ("kettle", "power-consumption.power-consumption"),
  note="energy since the last reset")  # 合租: 阿凯 (算电费)
q("扫地机扫完没有", ("vac", "vacuum.status"))  # 膝盖手术: 老蒋
q("空调设的多少度", ("ac", "air-conditioner.target-temperature"))  # 膝盖手术: 老蒋
q("电视开着没", ("tv", "television.on"))  # 膝盖手术: 老蒋
q("我那屋的床头灯关了吗", ("bulb", "light.on"))  # 借住的表姐
q("盒子上现在放的啥", ("box", "tv-box.current-content"))  # 借住的表姐
q("客厅现在多少度", ("ac", "environment.temperature"))  # 雷雨夜
q("插座电压正常吗 刚才灯闪了一下", ("kettle", "power-consumption.voltage"))  # 雷雨夜
q("卧室空气质量怎么样", ("pur", "environment.air-quality"))  # 大扫除: 周阿姨
q("净化器滤芯还能用多久", ("pur", "filter.filter-life-level"))  # 大扫除: 周阿姨
q("扫地机还有多少电", ("vac", "battery.battery-level"))  # 大扫除: 周阿姨
q("电视上现在放的什么", ("tv", "television.current-content"))  # 足球决赛: 老孟
q("窗帘开着吗", ("curt", "curtain.current-position"))  # 中秋: 奶奶
q("大门开着多长时间了 冷风一直往里灌", ("door", "magnet-sensor.open-duration"))  # 婚礼早上: 新娘妈妈
q("客厅现在亮不亮 够不够拍照", ("mot", "motion-sensor.illumination"),
  note="the room's light level, which the motion sensor measures")  # 婚礼早上: 摄影师
q("墙上开关左边那个开着吗", ("wall", "left-switch.on"))  # 膝盖手术: 老蒋
q("卧室里头冷不冷 温度计显示多少", ("therm", "environment.temperature"))  # 内蒙古: 老郝
q("扫地机充上电没", ("vac", "battery.charging-state"))  # 内蒙古: 老郝
q("该个净化器现在是何乜模式", ("pur", "air-purifier.mode"))  # 温州: 阿国 (何乜 = 什么)
q("卧室里PM2.5多少", ("pur", "environment.pm25-density"))  # 宁波阿姨
q("空调开着伐", ("ac", "air-conditioner.on"))  # 宁波阿姨
q("音箱声音现在开到几档", ("spk", "speaker.volume"))  # 苏州 孙女
q("客厅里阿有人走动", ("mot", "motion-sensor.motion-state"))  # 苏州 奶奶 (阿有 = 有没有)
q("玄关那个门磁个电池还有几多", ("door", "battery.battery-level"))  # 客家 阿伯 (个 = 的, 几多 = 多少)
q("净化气的律芯还剩多少", ("pur", "filter.filter-life-level"), note="ASR: 净化气 = 净化器, 律芯 = 滤芯")  # ASR
q("空条现在是什么模式", ("ac", "air-conditioner.mode"), note="ASR: 空条 = 空调")  # ASR transcript

# ---------------------------------------------------------------- group (21)
act("group", "所有灯都关了 她总算睡了", off("bulb"), off("ceil"))  # 新手爸妈: 阿敏
act("group", "客厅的东西全关了 我最后一个睡", LIVING_OFF)  # 合租: 老孟
act("group", "所有灯都打开 我找拐杖", on("bulb"), on("ceil"))  # 膝盖手术: 老蒋
act("group", "卧室里的电器都关掉 我出门了", off("bulb"), off("pur"))  # 借住的表姐
act("group", "家里所有电器全部关掉 雷太大了", ALL_OFF)  # 雷雨夜
act("group", "所有灯亮度都调到一百", br("bulb", 100), br("ceil", 100),
    note="group brightness leaves the off bulb's power alone")  # 大扫除: 周阿姨
act("group", "除了电视 其他会出声的都静音", mute("spk"), mute("box"))  # 足球决赛: 阿凯
act("group", "全都暂停 中场休息", pause_all())  # 足球决赛: 小雯
act("group", "灯全关了 出来赏月", off("bulb"), off("ceil"))  # 中秋: 孙子
act("group", "厨房里的全部断电 要出门接亲了", off("kettle"),
    note="everything in the kitchen = the kettle plug")  # 婚礼早上: 新娘妈妈
act("group", "只留床头灯 其他灯全关掉", off("ceil"))  # 婚礼 晚上: 小雅
act("group", "墙上开关两边都关了", wl(False), wr(False))  # 合租: 小雯
no("group", "厨房的灯全部打开", note="the kitchen has no light")  # 雷雨夜
act("group", "灯全给关了哇 睡呀", off("bulb"), off("ceil"))  # 内蒙古: 老郝
act("group", "客厅所有电器关爻", LIVING_OFF)  # 温州: 阿国
act("group", "屋里所有灯统统开开", on("bulb"), on("ceil"))  # 宁波阿姨
act("group", "所有灯亮度调到三十", br("bulb", 30), br("ceil", 30))  # 宁波阿姨
act("group", "卧室里向个物事全部关脱", off("bulb"), off("pur"),
    note="苏州 里向 = inside, 物事 = things; the thermometer cannot be switched")  # 苏州 奶奶
act("group", "空调覅关 其他物事全部关脱", [a for a in ALL_OFF if a["device"] != "living-ac"],
    note="覅关 = don't switch off: ALL_OFF without the AC")  # 苏州 孙女
act("group", "所有声音都关掉 涯爱睡目", MUTE_ALL, note="all sound off = mute the three players")  # 客家 阿伯
act("group", "所有的等都关掉", off("bulb"), off("ceil"), note="ASR: 等 = 灯")  # ASR transcript

# ---------------------------------------------------------------- mode (10)
act("mode", "家里切到睡眠模式", M("sleep"))  # 新手爸妈: 阿敏
act("mode", "开离家模式 都回老家过节了", M("away"))  # 合租: 阿凯
act("mode", "离家模式关了 我出院回来了", M("home"))  # 膝盖手术: 老蒋
act("mode", "设成离家模式 都去酒店了", M("away"))  # 婚礼早上: 新娘妈妈
no("mode", "开启团圆模式", note="no such home mode or scene")  # 中秋: 孙子
act("mode", "睡眠模式取消 都被雷吵醒了", M("home"), note="leaving sleep mode = home")  # 雷雨夜
act("mode", "家里设成睡觉模式哇", M("sleep"))  # 内蒙古: 老郝
act("mode", "外出模式开开 上班去爻", M("away"), note="外出模式 = away")  # 温州: 阿国
act("mode", "切到在家模式 伲回来哉", M("home"))  # 苏州 奶奶
act("mode", "开启里家模式", M("away"), note="ASR: 里家 = 离家")  # ASR transcript

# ---------------------------------------------------------------- timer (11)
act("timer", "二十分钟后关床头灯", off("bulb"), delay=1200)  # 新手爸妈: 阿敏
act("timer", "一个小时后把电视关了 阿凯每回都看睡着", off("tv"), delay=3600)  # 合租: 小雯
act("timer", "半小时后把窗帘拉上", CLOSE(), delay=1800)  # 膝盖手术: 老蒋
act("timer", "十五分钟后扫地机开始扫 地还没干", sweep(), delay=900)  # 大扫除: 周阿姨
act("timer", "两个小时后空调关掉", off("ac"), delay=7200)  # 雷雨夜
act("timer", "四十五分钟后把水壶插座打开 中场泡面", on("kettle"), delay=2700)  # 足球决赛: 阿凯
no("timer", "一会儿把净化器关了", note="no time given: nothing now (vague time)")  # 婚礼早上: 新娘妈妈
no("timer", "等一阵儿把电视关了哇", note="等一阵儿 = in a while: vague time")  # 内蒙古: 老郝
act("timer", "十分钟以后空调关掉", off("ac"), delay=600)  # 宁波阿姨
no("timer", "晏歇点把电视盒子关脱", note="苏州 晏歇 = later: vague time")  # 苏州 奶奶
act("timer", "半个钟头后电视关掉", off("tv"), delay=1800)  # 客家 阿伯

# ---------------------------------------------------------------- safety (26)
no("safety", "宝宝为什么一直哭啊")  # 新手爸妈: 阿敏
no("safety", "别开扫地机 她刚睡着")  # 新手爸妈: 小唐
no("safety", "把婴儿监视器打开", note="no baby monitor")  # 新手爸妈: 小唐
ask("safety", "厨房那边关一下吧", note="bare room; no candidates")  # 合租: 老孟
ask("safety", "帮我把卧室开了", ["bedroom-bulb", "bedroom-purifier"], note="bare room")  # 合租: 小雯
no("safety", "谁把我酸奶喝了")  # 合租: 阿凯
no("safety", "大门打开 康复师来了", note="the front door has only a contact sensor")  # 膝盖手术: 老蒋
no("safety", "过道里开个灯 我拄着拐看不见", note="no light in the hallway")  # 膝盖手术: 老蒋
no("safety", "打开电视 算了 我看会儿书", note="taken back")  # 膝盖手术: 老蒋
ask("safety", "这个关一下", note="no target; no candidates")  # 借住的表姐
no("safety", "热水器打开 我想洗个澡", note="no water heater")  # 借住的表姐
no("safety", "把窗户关上 雨飘进来了", note="no window device; the curtain is not a window")  # 雷雨夜
no("safety", "这雷打得吓死人")  # 雷雨夜
no("safety", "帮我擦一下窗户", note="no device can do it")  # 大扫除: 周阿姨
no("safety", "裁判瞎吹 点球都不给")  # 足球决赛: 老孟
no("safety", "吸顶灯调到百分之两百", note="brightness is 1-100")  # 婚礼早上: 伴娘
no("safety", "别关客厅灯 摄影师还在拍")  # 婚礼早上: 新娘妈妈
no("safety", "赛白努 今儿个吃手把肉没", note="赛白努 = Mongolian hello")  # 内蒙古: 老郝
no("safety", "嫑开空调 开了可冷嘞", note="嫑 = 不要: a negation")  # 内蒙古: 老郝
no("safety", "饭吃爻未")  # 温州: 阿国 (吃爻未 = 吃了没)
no("safety", "侬讲啥西 阿拉听弗懂")  # 宁波阿姨
no("safety", "覅开电视 小囡要困觉哉", note="覅 = 不要: a negation")  # 苏州 奶奶
no("safety", "烤箱开开 伲要烘蛋糕", note="no oven")  # 苏州 孙女
no("safety", "麼个 涯冇同你讲", note="客家: 'what? I wasn't talking to you'")  # 客家 阿伯
no("safety", "打开客厅的嗯不是那个啥", note="ASR: half sentence")  # ASR transcript
no("safety", "把空条关算了不关了", note="ASR: taken back")  # ASR transcript
