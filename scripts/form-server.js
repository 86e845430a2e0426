// The guide's local form route, `npm start`: decap-server (pinned in package.json) in git mode, on the repository
// it is started in. Decap shows 保存, the 草稿/就绪 status and 发布 only when its local server offers the editorial
// workflow, which decap-server does in git mode alone; its default (file mode) shows only 发布 → 立即发布.
"use strict";

// Git quotes Chinese file names by default, and decap-server's git mode then cannot find an uploaded picture:
// its git commands (children of this process) get core.quotePath=false, without changing the repository's config.
const count = Number(process.env.GIT_CONFIG_COUNT || 0);
process.env["GIT_CONFIG_KEY_" + count] = "core.quotePath";
process.env["GIT_CONFIG_VALUE_" + count] = "false";
process.env.GIT_CONFIG_COUNT = String(count + 1);
process.env.MODE = "git";
require("decap-server/dist/index.js");
