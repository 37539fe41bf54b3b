/**
 * The demo's directory of collectivités: forty French and Japanese
 * collectivités, each with its names in both scripts, its kind, a postal
 * address and its contacts, and the past editions it took part in. The
 * collectivités are real; the street addresses, the people and their
 * e-mail addresses (on example.fr and example.jp) are invented. The demo
 * edition's collectivités name their entries by these ids
 * (server/editions/demo/demo.ts).
 */
import type { ContactLanguage, DirectoryContact } from '../../shared/directory'
import type { CollectiviteKind, Country } from '../../shared/doc/edition/schema'
import type { DirectoryEntry } from './import-plan'

const TOURS_2016 = 'tours-2016'
const KUMAMOTO_2018 = 'kumamoto-2018'
const AIX_2022 = 'aix-en-provence-2022'

const contact = (
  name: string,
  role: string,
  email: string,
  language: ContactLanguage,
): DirectoryContact => ({ name, function: role, email, language })

function entry(
  id: string,
  [nameFr, nameJa]: [fr: string, ja: string],
  country: Country,
  kind: CollectiviteKind,
  address: string,
  contacts: DirectoryContact[],
  editionIds: string[] = [],
): DirectoryEntry {
  return { id: `dir-${id}`, nameFr, nameJa, country, kind, address, contacts, editionIds }
}

const FRENCH: DirectoryEntry[] = [
  entry(
    'cannes',
    ['Ville de Cannes', 'カンヌ市'],
    'FR',
    'commune',
    'Hôtel de ville, 4 place de la Mairie, 06400 Cannes',
    [contact('Mathilde Rey', 'Chargée de mission Asie', 'mathilde.rey@cannes.example.fr', 'fr')],
    [KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'aix-en-provence',
    ['Ville d’Aix-en-Provence', 'エクス＝アン＝プロヴァンス市'],
    'FR',
    'commune',
    'Hôtel de ville, 12 rue des Cordeliers, 13100 Aix-en-Provence',
    [
      contact(
        'Bruno Caillat',
        'Directeur des relations internationales',
        'bruno.caillat@aixenprovence.example.fr',
        'fr',
      ),
    ],
    [KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'tours',
    ['Ville de Tours', 'トゥール市'],
    'FR',
    'commune',
    'Hôtel de ville, 8 place Jean-Jaurès, 37000 Tours',
    [
      contact(
        'Hélène Marchal',
        'Chargée des relations internationales',
        'helene.marchal@tours.example.fr',
        'fr',
      ),
      contact('中村 結衣', 'Chargée de mission Japon', 'yui.nakamura@tours.example.fr', 'ja'),
    ],
    [TOURS_2016, KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'alpes-maritimes',
    ['Département des Alpes-Maritimes', 'アルプ＝マリティーム県'],
    'FR',
    'departement',
    'Centre administratif départemental, 25 route de Grenoble, 06200 Nice',
    [
      contact(
        'Sébastien Orsini',
        'Chef du service des relations internationales',
        'sebastien.orsini@departement06.example.fr',
        'fr',
      ),
    ],
    [AIX_2022],
  ),
  entry(
    'centre-val-de-loire',
    ['Région Centre-Val de Loire', 'サントル＝ヴァル・ド・ロワール地域圏'],
    'FR',
    'region',
    'Hôtel de région, 11 rue du Colombier, 45000 Orléans',
    [
      contact(
        'Agnès Pelletier',
        'Directrice de l’Europe et de l’international',
        'agnes.pelletier@centrevaldeloire.example.fr',
        'fr',
      ),
    ],
    [TOURS_2016, AIX_2022],
  ),
  entry(
    'nancy',
    ['Ville de Nancy', 'ナンシー市'],
    'FR',
    'commune',
    'Hôtel de ville, 6 rue Pierre-Fourier, 54000 Nancy',
    [
      contact(
        'Olivier Thiébaut',
        'Responsable de la coopération décentralisée',
        'olivier.thiebaut@nancy.example.fr',
        'fr',
      ),
    ],
    [TOURS_2016, KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'bordeaux',
    ['Ville de Bordeaux', 'ボルドー市'],
    'FR',
    'commune',
    'Hôtel de ville, 10 cours d’Albret, 33000 Bordeaux',
    [
      contact(
        'Laure Dufourcq',
        'Chargée des relations internationales',
        'laure.dufourcq@bordeaux.example.fr',
        'fr',
      ),
    ],
    [TOURS_2016],
  ),
  entry(
    'lyon',
    ['Ville de Lyon', 'リヨン市'],
    'FR',
    'commune',
    'Hôtel de ville, 21 rue de la République, 69002 Lyon',
    [
      contact(
        'Karim Benali',
        'Chargé de mission Asie-Pacifique',
        'karim.benali@lyon.example.fr',
        'fr',
      ),
    ],
    [KUMAMOTO_2018],
  ),
  entry(
    'marseille',
    ['Ville de Marseille', 'マルセイユ市'],
    'FR',
    'commune',
    'Hôtel de ville, 40 quai du Port, 13002 Marseille',
    [
      contact(
        'Nathalie Ferracci',
        'Directrice des relations internationales',
        'nathalie.ferracci@marseille.example.fr',
        'fr',
      ),
    ],
    [AIX_2022],
  ),
  entry(
    'strasbourg',
    ['Ville de Strasbourg', 'ストラスブール市'],
    'FR',
    'commune',
    'Centre administratif, 5 rue Brûlée, 67000 Strasbourg',
    [
      contact(
        'Pierre Kieffer',
        'Chargé des relations internationales',
        'pierre.kieffer@strasbourg.example.fr',
        'fr',
      ),
    ],
  ),
  entry(
    'rennes',
    ['Ville de Rennes', 'レンヌ市'],
    'FR',
    'commune',
    'Hôtel de ville, 18 place de la Mairie, 35000 Rennes',
    [
      contact(
        'Gwenaëlle Le Goff',
        'Chargée de mission Japon',
        'gwenaelle.legoff@rennes.example.fr',
        'fr',
      ),
    ],
    [TOURS_2016, AIX_2022],
  ),
  entry(
    'angers',
    ['Ville d’Angers', 'アンジェ市'],
    'FR',
    'commune',
    'Hôtel de ville, 7 boulevard de la Résistance, 49000 Angers',
    [
      contact(
        'François Guérin',
        'Responsable des jumelages',
        'francois.guerin@angers.example.fr',
        'fr',
      ),
    ],
    [TOURS_2016],
  ),
  entry(
    'chartres',
    ['Ville de Chartres', 'シャルトル市'],
    'FR',
    'commune',
    'Hôtel de ville, 2 place des Halles, 28000 Chartres',
    [
      contact(
        'Émilie Bonnet',
        'Chargée des relations internationales',
        'emilie.bonnet@chartres.example.fr',
        'fr',
      ),
    ],
  ),
  entry(
    'besancon',
    ['Ville de Besançon', 'ブザンソン市'],
    'FR',
    'commune',
    'Hôtel de ville, 3 rue Mégevand, 25000 Besançon',
    [
      contact(
        'Thomas Vuillemin',
        'Chargé de la coopération internationale',
        'thomas.vuillemin@besancon.example.fr',
        'fr',
      ),
    ],
    [KUMAMOTO_2018],
  ),
  entry(
    'la-rochelle',
    ['Ville de La Rochelle', 'ラ・ロシェル市'],
    'FR',
    'commune',
    'Hôtel de ville, 9 rue de l’Escale, 17000 La Rochelle',
    [
      contact(
        'Anne Giraudeau',
        'Chargée des relations internationales',
        'anne.giraudeau@larochelle.example.fr',
        'fr',
      ),
    ],
  ),
  entry(
    'arles',
    ['Ville d’Arles', 'アルル市'],
    'FR',
    'commune',
    'Hôtel de ville, 11 place de la République, 13200 Arles',
    [contact('Lucie Mistral', 'Chargée des jumelages', 'lucie.mistral@arles.example.fr', 'fr')],
    [AIX_2022],
  ),
  entry(
    'grand-est',
    ['Région Grand Est', 'グラン・テスト地域圏'],
    'FR',
    'region',
    'Maison de la Région, 4 rue du Parlement-Européen, 67000 Strasbourg',
    [
      contact(
        'Isabelle Muller',
        'Directrice des relations internationales',
        'isabelle.muller@grandest.example.fr',
        'fr',
      ),
    ],
    [KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'occitanie',
    ['Région Occitanie', 'オクシタニー地域圏'],
    'FR',
    'region',
    'Hôtel de région, 17 avenue de la Garonne, 31400 Toulouse',
    [contact('Julie Castan', 'Chargée de mission Asie', 'julie.castan@laregion.example.fr', 'fr')],
  ),
  entry(
    'meurthe-et-moselle',
    ['Département de Meurthe-et-Moselle', 'ムルト＝エ＝モゼル県'],
    'FR',
    'departement',
    'Hôtel du département, 48 rue du Sergent-Blandan, 54000 Nancy',
    [
      contact(
        'Vincent Colin',
        'Chargé des relations internationales',
        'vincent.colin@meurthe-et-moselle.example.fr',
        'fr',
      ),
    ],
    [TOURS_2016],
  ),
  entry(
    'puy-de-dome',
    ['Département du Puy-de-Dôme', 'ピュイ＝ド＝ドーム県'],
    'FR',
    'departement',
    'Hôtel du département, 24 rue Saint-Esprit, 63000 Clermont-Ferrand',
    [
      contact(
        'Céline Chabrier',
        'Chargée de la coopération décentralisée',
        'celine.chabrier@puydedome.example.fr',
        'fr',
      ),
    ],
  ),
  entry(
    'rouen-normandie',
    ['Métropole Rouen Normandie', 'ルーアン・ノルマンディー・メトロポール'],
    'FR',
    'intercommunality',
    '108 allée François-Mitterrand, 76000 Rouen',
    [
      contact(
        'Marc Lemaître',
        'Responsable des relations internationales',
        'marc.lemaitre@metropole-rouen.example.fr',
        'fr',
      ),
    ],
    [AIX_2022],
  ),
]

const JAPANESE: DirectoryEntry[] = [
  entry(
    'shizuoka-pref',
    ['Préfecture de Shizuoka', '静岡県'],
    'JP',
    'prefecture',
    '〒420-8601 静岡県静岡市葵区追手町9番16号',
    [contact('杉本 直樹', '地域外交課長', 'n-sugimoto@pref.shizuoka.example.jp', 'ja')],
    [TOURS_2016, KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'shizuoka-city',
    ['Ville de Shizuoka', '静岡市'],
    'JP',
    'city',
    '〒420-8602 静岡県静岡市葵区追手町5番11号',
    [
      contact('鈴木 恵子', '国際交流課長', 'k-suzuki@city.shizuoka.example.jp', 'ja'),
      contact('Camille Perrin', '国際交流員', 'c-perrin@city.shizuoka.example.jp', 'fr'),
    ],
    [KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'kumamoto-city',
    ['Ville de Kumamoto', '熊本市'],
    'JP',
    'city',
    '〒860-8601 熊本県熊本市中央区手取本町1番13号',
    [
      contact('村上 拓也', '国際課長', 't-murakami@city.kumamoto.example.jp', 'ja'),
      contact('Lucas Morel', '国際交流員', 'l-morel@city.kumamoto.example.jp', 'fr'),
    ],
    [TOURS_2016, KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'matsuzaki',
    ['Bourg de Matsuzaki', '松崎町'],
    'JP',
    'town',
    '〒410-3696 静岡県賀茂郡松崎町宮内301番12号',
    [contact('土屋 綾', '企画観光課主査', 'a-tsuchiya@town.matsuzaki.example.jp', 'ja')],
    [AIX_2022],
  ),
  entry(
    'kumamoto-pref',
    ['Préfecture de Kumamoto', '熊本県'],
    'JP',
    'prefecture',
    '〒862-8570 熊本県熊本市中央区水前寺6丁目18番31号',
    [contact('坂本 光一', '国際課審議員', 'k-sakamoto@pref.kumamoto.example.jp', 'ja')],
    [KUMAMOTO_2018],
  ),
  entry(
    'kanazawa',
    ['Ville de Kanazawa', '金沢市'],
    'JP',
    'city',
    '〒920-8577 石川県金沢市広坂1丁目1番15号',
    [contact('北村 美咲', '国際交流課主任', 'm-kitamura@city.kanazawa.example.jp', 'ja')],
    [TOURS_2016, KUMAMOTO_2018],
  ),
  entry(
    'fukuoka',
    ['Ville de Fukuoka', '福岡市'],
    'JP',
    'city',
    '〒810-8620 福岡県福岡市中央区天神1丁目8番12号',
    [contact('原田 健', '国際政策課長', 'k-harada@city.fukuoka.example.jp', 'ja')],
    [KUMAMOTO_2018],
  ),
  entry(
    'yokohama',
    ['Ville de Yokohama', '横浜市'],
    'JP',
    'city',
    '〒231-0005 神奈川県横浜市中区本町6丁目50番21号',
    [contact('青木 沙織', '国際連携課担当係長', 's-aoki@city.yokohama.example.jp', 'ja')],
  ),
  entry(
    'kobe',
    ['Ville de Kobe', '神戸市'],
    'JP',
    'city',
    '〒650-8570 兵庫県神戸市中央区加納町6丁目5番13号',
    [contact('松田 亮', '国際部国際課長', 'r-matsuda@city.kobe.example.jp', 'ja')],
    [AIX_2022],
  ),
  entry(
    'kyoto',
    ['Ville de Kyoto', '京都市'],
    'JP',
    'city',
    '〒604-8571 京都府京都市中京区御池通寺町東入る1番地',
    [contact('西村 千尋', '国際交流・共生推進課長', 'c-nishimura@city.kyoto.example.jp', 'ja')],
    [KUMAMOTO_2018],
  ),
  entry(
    'sendai',
    ['Ville de Sendai', '仙台市'],
    'JP',
    'city',
    '〒980-8671 宮城県仙台市青葉区国分町3丁目7番12号',
    [contact('佐々木 翼', '交流企画課主事', 't-sasaki@city.sendai.example.jp', 'ja')],
    [TOURS_2016],
  ),
  entry(
    'okayama-pref',
    ['Préfecture d’Okayama', '岡山県'],
    'JP',
    'prefecture',
    '〒700-8570 岡山県岡山市北区内山下2丁目4番16号',
    [contact('藤原 真一', '国際課長', 's-fujiwara@pref.okayama.example.jp', 'ja')],
    [TOURS_2016, KUMAMOTO_2018],
  ),
  entry(
    'niigata-pref',
    ['Préfecture de Niigata', '新潟県'],
    'JP',
    'prefecture',
    '〒950-8570 新潟県新潟市中央区新光町4番11号',
    [contact('小林 由紀', '国際課主任', 'y-kobayashi@pref.niigata.example.jp', 'ja')],
  ),
  entry(
    'nagano-pref',
    ['Préfecture de Nagano', '長野県'],
    'JP',
    'prefecture',
    '〒380-8570 長野県長野市大字南長野字幅下692番23号',
    [contact('宮坂 聡', '国際交流課長', 's-miyasaka@pref.nagano.example.jp', 'ja')],
    [KUMAMOTO_2018],
  ),
  entry(
    'takayama',
    ['Ville de Takayama', '高山市'],
    'JP',
    'city',
    '〒506-8555 岐阜県高山市花岡町2丁目18番11号',
    [contact('中田 陽子', '海外戦略課長', 'y-nakata@city.takayama.example.jp', 'ja')],
    [KUMAMOTO_2018, AIX_2022],
  ),
  entry(
    'shirakawa',
    ['Village de Shirakawa', '白川村'],
    'JP',
    'village',
    '〒501-5692 岐阜県大野郡白川村大字鳩谷51番2号',
    [contact('和田 浩二', '観光振興課長', 'k-wada@vill.shirakawa.example.jp', 'ja')],
    [AIX_2022],
  ),
  entry(
    'obuse',
    ['Bourg d’Obuse', '小布施町'],
    'JP',
    'town',
    '〒381-0297 長野県上高井郡小布施町大字小布施1491番31号',
    [contact('市川 晴美', '企画政策課主査', 'h-ichikawa@town.obuse.example.jp', 'ja')],
  ),
  entry(
    'izu',
    ['Ville d’Izu', '伊豆市'],
    'JP',
    'city',
    '〒410-2413 静岡県伊豆市小立野38番21号',
    [contact('石井 大樹', '観光商工課主任', 'd-ishii@city.izu.example.jp', 'ja')],
    [AIX_2022],
  ),
  entry(
    'fujinomiya',
    ['Ville de Fujinomiya', '富士宮市'],
    'JP',
    'city',
    '〒418-8601 静岡県富士宮市弓沢町150番13号',
    [contact('渡邉 瞳', '企画戦略課主事', 'h-watanabe@city.fujinomiya.example.jp', 'ja')],
  ),
]

/** The demo's directory: 21 French and 19 Japanese collectivités. */
export const DEMO_DIRECTORY: readonly DirectoryEntry[] = [...FRENCH, ...JAPANESE]
