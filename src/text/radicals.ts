/**
 * CJK radicals and strokes → the unified ideographs they stand for.
 *
 * Some PDF producers (Chrome/Skia, some Word and WPS exports) map a glyph shared by an ideograph
 * and a radical to the radical's code point in /ToUnicode: 人 comes out as ⼈ (U+2F08 KANGXI
 * RADICAL MAN), 民 as ⺠ (U+2EA0), 一 as ⼀. The text then looks right but matches nothing.
 * Reports never use radicals as such, so extracted text maps them back.
 *
 * Table: Unicode EquivalentUnifiedIdeograph.txt (Unicode 14.0; from Debian's perl
 * unicore/To/EqUIdeo.pl) for U+2E80–U+2FDF and U+31C0–U+31EF, 348 pairs of
 * (radical, ideograph), with the simplified preferences below.
 */
const PAIRS =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王' +
  '⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長' +
  '⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟⼀一⼁丨⼂丶⼃丿⼄乙⼅亅' +
  '⼆二⼇亠⼈人⼉儿⼊入⼋八⼌冂⼍冖⼎冫⼏几⼐凵⼑刀⼒力⼓勹⼔匕⼕匚⼖匸⼗十⼘卜⼙卩⼚厂⼛厶⼜又⼝口⼞囗⼟土⼠士⼡夂⼢夊⼣夕⼤大⼥女⼦子⼧宀⼨寸⼩小⼪尢⼫尸⼬屮⼭山' +
  '⼮巛⼯工⼰己⼱巾⼲干⼳幺⼴广⼵廴⼶廾⼷弋⼸弓⼹彐⼺彡⼻彳⼼心⼽戈⼾戶⼿手⽀支⽁攴⽂文⽃斗⽄斤⽅方⽆无⽇日⽈曰⽉月⽊木⽋欠⽌止⽍歹⽎殳⽏毋⽐比⽑毛⽒氏⽓气⽔水⽕火' +
  '⽖爪⽗父⽘爻⽙爿⽚片⽛牙⽜牛⽝犬⽞玄⽟玉⽠瓜⽡瓦⽢甘⽣生⽤用⽥田⽦疋⽧疒⽨癶⽩白⽪皮⽫皿⽬目⽭矛⽮矢⽯石⽰示⽱禸⽲禾⽳穴⽴立⽵竹⽶米⽷糸⽸缶⽹网⽺羊⽻羽⽼老⽽而' +
  '⽾耒⽿耳⾀聿⾁肉⾂臣⾃自⾄至⾅臼⾆舌⾇舛⾈舟⾉艮⾊色⾋艸⾌虍⾍虫⾎血⾏行⾐衣⾑襾⾒見⾓角⾔言⾕谷⾖豆⾗豕⾘豸⾙貝⾚赤⾛走⾜足⾝身⾞車⾟辛⾠辰⾡辵⾢邑⾣酉⾤釆⾥里' +
  '⾦金⾧長⾨門⾩阜⾪隶⾫隹⾬雨⾭靑⾮非⾯面⾰革⾱韋⾲韭⾳音⾴頁⾵風⾶飛⾷食⾸首⾹香⾺馬⾻骨⾼高⾽髟⾾鬥⾿鬯⿀鬲⿁鬼⿂魚⿃鳥⿄鹵⿅鹿⿆麥⿇麻⿈黃⿉黍⿊黑⿋黹⿌黽⿍鼎' +
  '⿎鼓⿏鼠⿐鼻⿑齊⿒齒⿓龍⿔龜⿕龠㇆𠃌㇏乀㇐一㇑丨㇒丿㇓丿㇔丶㇕𠃍㇖乛㇗𠃊㇘𠃎㇙𠄌㇚亅㇛𡿨㇜𠃋㇝乀㇞𠃑㇟乚㇠乙㇡𠄎';

/**
 * Where the standard equivalent is a traditional form, a simplified-Chinese font shares the
 * radical's glyph with the simplified character: ⼾ is 户 in these reports, not 戶.
 */
const SIMPLIFIED: Record<string, string> = { '\u2F3E': '户', '\u2FAD': '青', '\u2FC8': '黄' };

const TO_IDEOGRAPH = new Map<string, string>();
{
  const cps = [...PAIRS];
  for (let i = 0; i + 1 < cps.length; i += 2) TO_IDEOGRAPH.set(cps[i]!, cps[i + 1]!);
  for (const [radical, ideograph] of Object.entries(SIMPLIFIED)) TO_IDEOGRAPH.set(radical, ideograph);
}

const RADICAL = /[\u2E80-\u2FDF\u31C0-\u31EF]/g;
const HAS_RADICAL = /[\u2E80-\u2FDF\u31C0-\u31EF]/;

/** True when the text contains a radical or stroke code point. */
export function hasRadicals(text: string): boolean {
  return HAS_RADICAL.test(text);
}

/** The ideograph a radical stands for (itself when there is none). */
export function unifyRadical(ch: string): string {
  return TO_IDEOGRAPH.get(ch) ?? ch;
}

/** Replaces CJK radical/stroke code points by their equivalent unified ideographs. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (c) => TO_IDEOGRAPH.get(c) ?? c);
}
