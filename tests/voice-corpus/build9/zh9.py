from lib import *  # noqa: F401,F403
from common9 import *  # noqa: F401,F403

lang("zh")
