module.exports = require("office-addin-prettier-config");
