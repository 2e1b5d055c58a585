// The voice assistant's intents (src/AiotHub.Automation/Voice/VoiceIntents.cs) as the Voice page names them.
// The ids are the API's and stay as they are; an id the app does not know yet is shown as it comes.
import { tr } from './i18n.js';

const Words = {
  'turn-on': ['turn on', '打开'], 'turn-off': ['turn off', '关闭'], 'set-brightness': ['set brightness', '调亮度'],
  'set-color-temperature': ['set colour temperature', '调色温'], 'set-color': ['set colour', '调颜色'],
  'set-temperature': ['set temperature', '调温度'], 'set-device-mode': ['set a mode', '切换模式'], 'set-fan-level': ['set fan speed', '调风速'],
  'set-volume': ['set volume', '调音量'], 'set-position': ['set position', '调开合度'], mute: ['mute', '静音'], unmute: ['unmute', '取消静音'],
  'media-play': ['play', '播放'], 'media-pause': ['pause', '暂停'], 'media-stop': ['stop playing', '停止播放'],
  'media-next': ['next', '下一首'], 'media-previous': ['previous', '上一首'], 'tv-play': ['TV: play', '电视播放'], 'tv-pause': ['TV: pause', '电视暂停'],
  'tv-volume': ['TV volume', '电视音量'], 'tv-input': ['TV input', '电视信号源'], 'tv-app': ['TV app', '电视应用'], 'press-key': ['press a key', '按遥控键'],
  'vacuum-start': ['start cleaning', '开始扫地'], 'vacuum-stop': ['stop cleaning', '停止扫地'], 'vacuum-pause': ['pause cleaning', '暂停扫地'],
  'vacuum-dock': ['go back to the dock', '回充'], 'reset-filter': ['reset the filter life', '重置滤芯'], 'reset-energy': ['reset the energy count', '用电量清零'],
  'set-power-on-state': ['after a power cut', '来电后状态'], 'run-scene': ['run a scene', '执行场景'], 'set-home-mode': ['set the home mode', '切换家庭模式'],
  'query-state': ['ask about a device', '查询状态'], clarify: ['asked which', '追问'], cannot: ['cannot be done', '无法执行'],
  unknown: ['not understood', '没听懂'], taught: ['taught phrase', '教过的话'],
};

export function intentText(intent) {
  const words = Words[intent];
  return words ? tr(words[0], words[1]) : String(intent ?? '');
}
