/**
 * English words that carry no information about which passage answers a question: function words,
 * question words, and words about the article itself ("what does the piece say about …").
 * "us" is deliberately absent: in this domain it is nearly always the United States.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are aren't as at be because been before being below onto
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
  him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most
  mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't
  she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then
  there there's these they they'd they'll they're they've this those through to too under until up very was
  wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's
  whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
  whats hows whos wheres whys im ive dont doesnt isnt arent wasnt werent cant wont didnt couldnt shouldnt wouldnt
  hasnt havent hadnt mustnt theyre youre thats theres heres lets
  will shall may might must get gets got getting go goes going gone make makes made one ones thing things stuff
  something anything everything really just even ever still yet already much many lot lots kind sort way ways
  please tell explain describe summarise summarize say says said saying mention mentions mentioned mentioning
  talk talks talking discuss discusses discussed discussing think thinks thought reckon reckons reckoned according regarding
  article piece text story essay op-ed oped column author authors writer writers write writes writing wrote written paper
  professor professors scholar scholars academics
  bit bits section sections paragraph paragraphs passage passages tl dr tldr
  know knows let lets give show find want need like would-be etc eg ie hey hi
  took taken meant came went gave given saw seen knew known become becomes becoming became begun brought thought felt kept told
  hello thanks thank thx ty cheers ok okay lol lmao lmfao rofl yes yeah bye goodbye eli5 it'll that'll there'll who'll what'll
  basically essentially actually actual literally honestly seriously totally kinda sorta
  gonna wanna gotta bc b/c cuz cos coz u ur pls plz tho imo imho idk tbh btw rn ngl smh wil wat wut
  per via else besides whereas whether amongst toward towards now fr bot vs versus re upon whilst thereby hence thus albeit notwithstanding insofar
  debater debaters reader readers listener listeners viewer viewers newbie newbies noob
  guy guys folks dude dudes bloke blokes mate mates bunch acc doc docs nah nope yep yup
  portray portrays portrayed depict depicts depicted characterise characterises characterised characterize characterizes
  characterized situate situates situated frame frames framed framing
  everyone everybody hint hints hinted hinting allude alludes alluded imply implies implied implying angle angles
  listed presented unpack unpacks unpacking supposedly implicitly seemingly apparently allegedly
  smth sth itll thatll theyll youll shes hes yr yrs`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The same in the languages readers mix into English (Tagalog, Malay and Indonesian, Hindi in Latin letters, Nigerian
 * Pidgin, Portuguese, Spanish, German, romanised Japanese, French, Turkish): function words and words about the piece.
 */
const OTHER_LANGUAGES_STOP_WORDS: readonly string[] = `ba ang ng sa yung diba di ba ano nila dito talaga sino po naman kasi pala nga mga si ni kay pero kung para din rin daw raw ito iyan iyon lang pati kasama tho
  na pa nang nung noong dati tapos saan kailan bakit paano anong yun yon yong itong nito niya sila siya kami tayo natin namin nyo ninyo ko mo ako ikaw
  hindi wala meron mayroon pwede puwede dapat eh sabi sinasabi nabanggit binanggit kailangan gusto parang lahat kaya ganun ganito yan pag mag isang klase klaseng gaano ay dahil mas nya tama
  apa mereka kami saya aku kamu anda dia sih kah lah kan pun juga ini itu ke dari untuk dengan ada adalah sudah telah akan bisa boleh
  sangat saja aja je ni nak mau mahu soal tentang pasal menurut bilang kata katanya penulis bahas membahas dibahas betul benar jadi ya
  kya kyaa hai hain hei ho hoga hogi honge hota hoti hote tha thi thay raha rahe rahi rha rhe rhi gaya gayi gaye gya kar karo karna karne
  karte karta karti kiya kiye ki ka ke ko se mein mai mujhe hum humko hame hamein tum tumhe aap apna apne apni unka unke unki inka inke
  inki iska iske iski uska uske uski yeh woh wo voh vo yahan wahan aur bhi toh matlab sab sabhi bhai yaar yar accha acha achha theek thik
  abhi phir lekin magar kyunki kyuki isliye wala wale wali kuch kuchh bahut bohot bahot zyada jyada sahi galat bata batao batana bolo bola
  boli samjha samjhao samjhana samajh lagta lagti lagte hua hui hue chahiye chahta chahte sakta sakte sakti jaise waise kaafi kafi bilkul
  haan ji arre yaani yani kisi kis jo pe wahi yahi baat lekhak sirf hi isse usse inse unse isko usko inko unko isme usme inme unme hone
  hona hoke karke karenge karega karegi denge dega degi diya diye liya liye baare tarah tarike jaisa vaala waala vali rahega rahegi rahenge
  kehna kehte keh kaha bolte dikhta sach sachme asli asal paaye paye paya paate hisaab hisab
  wey dem dey abi sef wan una sha shey shebi ehn nko jare haba abeg oga o oo ooo dis dat dia bin e
  os uma uns umas da dos das em nos nas pelo pela pelos pelas para pra com sem que se ou nao sim isso isto essa esse esta este aquele
  aquela aquilo aqui ele ela eles elas voce voces vcs seu sua seus suas deles delas dele dela meu minha tipo ne entao tambem ja ainda muito
  muita muitos mais menos mesmo sobre entre ate quando onde como qual quais quem quanto quantos porque pq foi sao estao tao tem ter tinha
  fez faz fazer vai vao ser sendo estar ficou fica acha acham achar diz dizem disse falou falaram fala texto artigo autor autores segundo
  coisa coisas alguma algum nada tudo toda todos todas daqui hein
  el la los las una unos unas del por es esto eso esa ese ellos ellas ella usted ustedes su sus mis muy todavia aun hasta cuando donde
  cual cuales quien quienes cuanto cuantos tiene tienen tener hace hacer hizo dicen dijo articulo segun osea verdad pues bueno entonces
  cosa cosas algo todo
  oder und aber ist sind das der den dem des ein eine einen einer eines es wir ich sie er mit von fur auf zu im bei nach uber vom zum zur
  sich kein keine wird werden wurde wurden kann konnen soll sollen muss mussen haben hat hatte seine ihre ihr unser unsere diese dieser
  dieses etwas alles viel viele wirklich eher gibt geht sagen sagt meinen meint denken denkt sehen sieht finden findet genau eigentlich doch
  ja nein noch schon auch nur sehr mehr dass weil ob wenn dann hier autoren artikel bzw usw
  desu masu deshou desho ne wa ga wo ni mo ka kedo keredo demo dakara sore sou mondai chotto eto etto hontou hontoni kana kamo
  le les du au aux et ou est sont ont ce cet cette ces ils elle elles nous vous leur leurs lui son sa ses qui quoi dont mais donc car
  avec dans sous selon apres d'apres c'est c'etait ca cela ceci tres moins aussi encore deja tout tous toute toutes alors
  ne pas rien truc auteurs auteur texte article disent dit dire pensent pense veulent veut font fait faire peut peuvent besoin verbatim
  mı mu mü ve ile bir için icin gibi daha çok cok sadece hala artık artik yazar yazarlar yazarlara makale makalede diyor
  diyorlar göre gore nedir ediyor yapıyor yapiyor öyle oyle gerçekten gercekten geçiyor geciyor anlama geliyor döneminde doneminde`
  .split(/\s+/)
  .filter(Boolean);

/** Words that carry no information about which passage answers a question, in English and in the languages above. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...ENGLISH_STOP_WORDS, ...OTHER_LANGUAGES_STOP_WORDS]);

/**
 * Phrases that link sentences and ideas and say nothing of what they are about: "on the other hand"
 * is not about hands, nor "in terms of" about terms. Their words match nothing, in the content or a question.
 */
export const STOP_PHRASES: readonly string[] = [
  'on the one hand', 'on the other hand', 'in fact', 'in terms of', 'as well as', 'at the same time',
  'in addition', 'for example', 'for instance', 'of course', 'in particular', 'by the way', 'in the first place',
  'in the end', 'at the end of the day',
  // A time relative to the asker's own day ("some news event from this month") names nothing in the content.
  // ("This week", "next month" are refused before: see outOfScope.)
  'this month', 'last month', 'last week', 'this year', 'last year', 'last summer', 'last winter', 'last spring',
  'last autumn', 'last fall', 'this summer', 'this winter', 'this spring', 'this autumn',
  // What leads to something causes it: the leading is no topic ("led to fractures", "could this lead to war").
  'lead to',
  // How a quote is wanted ("need it word for word") says nothing of what it is about.
  'word for word', 'word-for-word',
];
