/**
 * Names that mean the same place or actor in this domain: a country, its capital used as a
 * metonym ("Seoul said …"), its demonym and its common abbreviations; a leader is a name of their
 * own (what Xi said is not what the article says China did). Each group is one
 * concept; the glossary's term and aliases are merged into these groups when the index is built.
 * It also names what readers of such a server ask about that content of this kind may never give
 * (other countries, disputes, groupings, events, popular culture): a name, so a question about one
 * that the content never names is about a name it does not give, whatever other words they share.
 * Matching is on whole words and phrases, after case folding and stemming.
 */
export const GAZETTEER: readonly (readonly string[])[] = [
  ['US', 'U.S.', 'USA', 'USG', 'United States', 'United States of America', 'America', 'American', 'Americans', 'Washington', 'Washington DC', 'DC', 'White House', 'Uncle Sam', 'Pentagon', 'State Department', 'Yanks', 'Yank', 'Foggy Bottom', 'Beltway', 'Capitol Hill', 'Hoa Ky', 'Hoa Kỳ', 'Estados Unidos', 'EEUU', 'EE.UU.', 'Mikuk', 'Meiguo', 'Miguk', 'Beikoku', 'Beikoku'],
  ['ROK', 'South Korea', 'South Korean', 'South Koreans', 'Republic of Korea', 'Seoul', 'S. Korea', 'S Korea', 'SK', 'Blue House', 'Yongsan', 'Hanguk', 'Hanguo', 'Kankoku', 'Namhan', 'Han Quoc', 'Hàn Quốc', 'Corea del Sur', 'KR', 'Land of the Morning Calm'],
  // "Kim" alone is the regime ("Kim's nukes"); the leader named in full is a name of his own.
  ['DPRK', 'North Korea', 'North Korean', 'North Koreans', "Democratic People's Republic of Korea", 'Pyongyang', 'N. Korea', 'N Korea', 'NK', 'Kim', 'Kim regime', 'Kim dynasty', 'Bukhan', 'Chaoxian', 'Bei Chaoxian', 'Kitachosen', 'Kita Chosen', 'Trieu Tien', 'Triều Tiên', 'Corea del Norte', 'Hermit Kingdom'],
  ['Kim Jong Un', 'Kim Jong-un'],
  ['Japan', 'Tokyo', 'Japanese', 'JP', 'Kasumigaseki', 'Nagatacho', 'Kantei', 'Nihon', 'Nippon', 'Ilbon', 'Riben', 'Nhat Ban', 'Nhật Bản', 'Japón', 'Land of the Rising Sun'],
  ['China', 'Beijing', 'Chinese', 'PRC', "People's Republic of China", 'Zhongnanhai', 'Zhongguo', 'Jungguk', 'Chugoku', 'Trung Quoc', 'Trung Quốc', 'Middle Kingdom', 'Red China', 'Communist China', 'mainland China'],
  ['Xi Jinping', 'Xi', 'President Xi'],
  ['Australia', 'Canberra', 'Australian', 'Australians', 'Aussie', 'Aussies', 'Down Under', 'Oz'],
  ['India', 'New Delhi', 'Delhi', 'Indian', 'Indians'],
  ['Philippines', 'Manila', 'Philippine', 'Filipino', 'Filipinos'],
  ['Russia', 'Moscow', 'Russian', 'Russians', 'Kremlin'],
  ['Putin', 'Vladimir Putin'],
  ['Ukraine', 'Kyiv', 'Kiev', 'Ukrainian'],
  ['Taiwan', 'Taipei', 'Taiwanese', 'Formosa'],
  ['UK', 'United Kingdom', 'Britain', 'Great Britain', 'British', 'Brit', 'Brits', 'London'],
  ['Biden', 'Joe Biden', 'Biden administration', 'Democratic administration', 'Democratic White House'],
  ['Trump', 'Donald Trump', 'Trump administration', 'Republican administration', 'Republican White House'],
  ['Yoon', 'Yoon Suk-yeol', 'Yoon Suk Yeol', 'President Yoon'],
  // The countries' own names as readers romanise them (Korean, Chinese, Japanese) are in their groups above.
  // Other countries of the region and beyond that readers ask about: names, so a question about one
  // the content never mentions ("Vietnam's role in …") is about someone the content does not name.
  ['Vietnam', 'Viet Nam', 'Hanoi', 'Vietnamese'],
  ['Thailand', 'Bangkok', 'Thai'],
  ['Indonesia', 'Jakarta', 'Indonesian', 'Indonesians'],
  ['Malaysia', 'Kuala Lumpur', 'Malaysian'],
  ['Singapore', 'Singaporean'],
  ['New Zealand', 'Wellington', 'New Zealanders', 'Kiwi'],
  ['Mongolia', 'Ulaanbaatar', 'Mongolian'],
  ['Myanmar', 'Burma', 'Naypyidaw', 'Burmese'],
  ['Cambodia', 'Phnom Penh', 'Cambodian'],
  ['Laos', 'Vientiane', 'Laotian'],
  ['Brunei'],
  ['Pakistan', 'Islamabad', 'Pakistani'],
  ['Bangladesh', 'Dhaka', 'Bangladeshi'],
  ['Sri Lanka', 'Colombo', 'Sri Lankan'],
  ['Nepal', 'Kathmandu', 'Nepalese'],
  ['Fiji', 'Suva', 'Fijian'],
  ['Canada', 'Ottawa', 'Canadian', 'Canadians'],
  ['France', 'Paris', 'French'],
  ['Germany', 'Berlin', 'German', 'Germans'],
  ['Israel', 'Israeli', 'Israelis', 'Jerusalem', 'Tel Aviv'],
  ['Iran', 'Tehran', 'Iranian'],
  ['Saudi Arabia', 'Riyadh', 'Saudi'],
  ['Turkey', 'Ankara', 'Turkish'],
  ['Brazil', 'Brasilia', 'Brazilian'],
  ['Mexico', 'Mexican'],
  // Places within the region's countries that readers ask about (bases, cities, islands, territories): names the piece
  // never gives, so a question about one is not answered by what it says of the country.
  ['Hong Kong', 'Hongkong'],
  ['Macau', 'Macao'],
  ['Tibet', 'Tibetan'],
  ['Xinjiang', 'Uyghur', 'Uyghurs', 'Uighur', 'Uighurs'],
  ['Shanghai'],
  ['Shenzhen'],
  ['Okinawa', 'Okinawan'],
  ['Yokosuka'],
  ['Yokota'],
  ['Kadena'],
  ['Camp Humphreys', 'Humphreys'],
  ['Pyeongtaek'],
  ['Busan', 'Pusan'],
  ['Jeju'],
  ['Osaka'],
  ['Kyoto'],
  ['Hiroshima'],
  ['Nagasaki'],
  ['Hokkaido'],
  ['Guam'],
  ['Hawaii', 'Pearl Harbor'],
  // Events readers ask about that the piece never names (the Second World War is its "historical issues": see the thesaurus).
  ['World War I', 'World War 1', 'World War One', 'WWI', 'WW1', 'First World War', 'Great War'],
  // Disputes and places of the region's history readers ask about, which the piece never names (its "historical issues").
  ['comfort women', 'comfort woman'],
  ['forced labour', 'forced labor', 'forced labourers', 'forced laborers'],
  ['Dokdo', 'Takeshima', 'Liancourt Rocks'],
  ['Fukushima', 'Fukushima Daiichi'],
  ['THAAD'],
  ['Yasukuni', 'Yasukuni Shrine'],
  // Groupings, initiatives, exercises and places of the region readers ask about, which the piece never names.
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['Chip 4', 'Chip4', 'Fab 4'],
  ['Six-Party Talks', 'six party talks'],
  ['Freedom Edge'],
  ['Belt and Road', 'Belt and Road Initiative', 'BRI', 'One Belt One Road'],
  ['Global Security Initiative', 'GSI'],
  ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['BRICS'],
  ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
  ['Five Eyes'],
  ['Camp David Accords'],
  ['Second Thomas Shoal', 'Ayungin Shoal', 'Ren\'ai Reef', 'Sierra Madre'],
  ['Scarborough Shoal', 'Huangyan Island'],
  ['Senkaku', 'Senkaku Islands', 'Diaoyu', 'Diaoyu Islands'],
  ['martial law'],
  // Popular culture of the region, which servers about it talk of and the piece never names ("is K-pop popular in Japan?").
  ['K-pop', 'Kpop', 'J-pop', 'Jpop'],
  ['K-drama', 'K-dramas', 'Kdrama', 'Kdramas'],
  ['anime', 'manga'],
  ['BTS', 'Blackpink'],
  // Months as dates are written ("Jan 5") and as readers ask ("in January"); March, May, June and July are spelt out.
  ['Jan', 'January'],
  ['Feb', 'February'],
  ['Apr', 'April'],
  ['Aug', 'August'],
  ['Sept', 'Sep', 'September'],
  ['Oct', 'October'],
  ['Nov', 'November'],
  ['Dec', 'December'],
];

/** The gazetteer's people (each group by its first name): what a question asking for someone by their role needs a passage to name. */
export const PEOPLE: readonly string[] = ['Kim Jong Un', 'Xi Jinping', 'Putin', 'Biden', 'Trump', 'Yoon'];
