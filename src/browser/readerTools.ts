// Every page's JavaScript, in one small module that browsers cache across
// pages. Each tool finds its own elements and does nothing where there are
// none; no page needs any of it to be read.
import './themeToggle';
import './shareCopy';
import './shareFile';
import './typoReport';
import './offlineSave';
