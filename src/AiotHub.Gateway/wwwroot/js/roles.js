// A token's role (docs/api.md "Roles") in the app's language. The API's ids stay as they are; only the words change.
import { tr } from './i18n.js';

export const Roles = ['member', 'guest', 'owner', 'integrator', 'device-maker'];

export function roleName(role) {
  switch (role) {
    case 'owner': return tr('owner', '管理员');
    case 'member': return tr('member', '成员');
    case 'guest': return tr('guest', '访客');
    case 'integrator': return tr('integrator', '集成方');
    case 'device-maker': return tr('device-maker', '设备厂商');
    default: return role ?? '';
  }
}
