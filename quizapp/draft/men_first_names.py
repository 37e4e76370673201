"""First names borne, in English-language news, almost always by men: data for `first_names.py`.

Written from general knowledge, grouped by the regions English-language news reports on, so that a
minister in Nairobi or Lahore is known as a person as readily as one in Leeds. A name goes in only if
it is rarely a woman's and rarely an everyday English word or place standing before another capitalised
word ("Austin", "Orlando", "Grant", "Guy", "Will" are left out); names borne by either gender are in
`either_first_names.py`. Accented spellings are listed beside the plain ones ("josé jose").
"""

from __future__ import annotations

from quizapp.draft.lexicon import word_set

MEN_FIRST_NAMES = word_set(
    # English-speaking countries
    """
    alec alfie archie arnold barnaby basil bert boyd brett bryan byron calvin chuck clarence clifford
    clint cody conrad curtis cyril darryl daryl dave derrick desmond dermot don doug duane dustin dwayne
    dwight elliot elliott elijah elvis emmett ernie eugene evan floyd freddie garry geoff
    glen graeme hank harvey herman horace jared jarrod jeb jed jeffery jeremiah joey jon jonah josh
    joshua julian justin ken kenny kurt lance lawrence leroy lester louis luther marc marvin maurice max
    melvin mitch mitt nate ned ollie percy pete randy reggie rex ricky rod ron ronnie rudy russ seth sid
    sonny stan terence terrence tobias todd tommy tyrone wade warren wilfred winston woody
    zach zack felix ezra gus josiah isaiah caleb nathaniel kirk barney bobby benny johnnie jeremey
    alfredo ambrose anton aubrey augustus benji bradley cecil clive dexter dominick earnest
    edmund elmer emil erwin gareth gerard gideon godfrey gregor herb hubert humphrey ivor jarvis
    jonathon kenneth kieron lenny leopold lyndon marty maxwell monty mortimer nigel norbert oswald
    randall raymond reuben rhys roderick rolf roscoe rufus sebastian sheldon sylvester tristan ulysses
    wendell wilbur keir rishi nadhim sajid jagmeet vivek hakeem jamaal
 """
    # Irish, Scottish and Welsh
    """
    seamus eamon eamonn micheal mícheál enda padraig pádraig ciaran ciarán cian oisin oisín niall donal dónal
    diarmuid cathal fintan ronan aidan aiden eoin colm darragh alasdair iain ewan calum gethin dafydd iwan
    emyr gwyn huw ieuan owain aled carwyn shaun seán tadhg cormac fionn lorcan ruairi ruairí
 """
    # French, Belgian and Swiss
    """
    françois francois jacques laurent olivier thierry didier philippe christophe sébastien sebastien julien
    mathieu antoine guillaume yves benoit benoît gilles hervé herve fabien jérôme stéphane stephane édouard
    edouard jean-luc jean-claude jean-marc jean-pierre jean-yves jean-paul jean-marie jean-michel jean-louis
    jean-baptiste jean-jacques alain arnaud bertrand gérard gerard lionel marcel michel patrice pascal
    raphaël raphael rémi remi thibaut xavier
 """
    # German, Austrian, Dutch and Scandinavian
    """
    olaf friedrich helmut gerhard wolfgang horst jürgen jurgen hans heinz dieter uwe markus matthias stefan
    thorsten joachim sigmar guido manfred rainer ralf jens lars sven björn bjorn nils erik magnus henrik
    anders jonas geert wopke hendrik willem johan ruud wim jeroen arjen pieter alexander sebastian günter
    gunter heiko armin hubertus kai-uwe karl-heinz ulrich werner winfried norbert jochen lothar florian
    tobias moritz lukas niklas jürgen mats ulf stig gunnar leif olof jesper rasmus mikkel søren soren
 """
    # Italian, Spanish and Portuguese
    """
    giuseppe giorgio matteo silvio romano enrico paolo luigi massimo francesco alessandro luca stefano fabio
    gianluca gianni carlo mariano sergio ignazio vittorio umberto maurizio andrés andres álvaro alvaro
    arturo césar cesar enrique ernesto esteban federico felipe gonzalo guillermo héctor hector ignacio jaime
    javier joaquín joaquin julio manuel marcelo mauricio nicolás nicolas rafael raúl raul ricardo rodrigo
    rogelio vicente josé jose joão joao luiz iñigo inigo pedro ramón ramon rubén ruben íñigo jair evo
    sebastián martín martin fernando alfonso agustín agustin emilio gustavo horacio lula
 """
    # Central and Eastern European, Greek, Turkish
    """
    andrzej jarosław jaroslaw lech mateusz tomasz piotr krzysztof paweł pawel wojciech marek jacek zbigniew
    radosław radoslaw sergey dmitri alexei alexey mikhail nikolai yuri viktor volodymyr petro oleksandr
    oleksiy andriy vitali vitaliy vitaly denys dmytro yevgeny gennady anatoly maxim pavel ramzan leonid
    vyacheslav valentin konstantin arkady grigory aleksandr aleksandar aleksander miroslav milos
    miloš slobodan zoran goran dragan aleksandar vojislav tomislav andrej janez laszlo lászló zoltan zoltán
    gabor gábor istvan istván janos jános kyriakos andreas nikos giorgos yiorgos dimitris yannis giannis
    konstantinos stavros panagiotis kostas evangelos christos recep mevlut mevlüt ahmet mehmet kemal ekrem
    binali hakan murat emre burak selahattin devlet ilham kassym-jomart shavkat emomali
 """
    # West, East and Southern Africa
    """
    chinedu chukwuemeka emeka obinna ikenna nnamdi chidi olumide adebayo akin babajide kunle dapo wale femi
    tunde segun olusegun goodluck muhammadu atiku nasir aliyu abubakar usman sani aminu kashim nuhu yakubu
    umaru olusola oluwaseyi babatunde adewale ademola kayode rotimi bamidele ayodele gbenga ifeanyi raila kalonzo
    musalia rigathi kithure mutahi eliud otieno odhiambo ochieng kamau mwangi njoroge kipruto wafula wekesa
    barasa mutua musyoka cheruiyot kiprotich kibet kiprop kipchumba kiptoo kwame kwaku kweku kofi kojo
    kwabena kwadwo yaw kwasi kwesi akwasi ato ekow fiifi mahamudu cyril thabo mmusi bheki sipho
    themba mandla sizwe thulani bongani siyabonga nkosinathi sibusiso jacob emmerson
    abiy tedros haile meles hailemariam yoweri jakaya hakainde uhuru macky ousmane moussa mamadou amadou
    ibrahima boubacar abdoulaye alassane idriss felix félix
 """
    # South Asian
    """
    arvind akhilesh anil ajay ashok arun deepak dinesh ganesh gautam harish jagdish lalu manish manoj mukesh
    naveen nitin nitish pankaj pradeep prakash pranab rajiv rakesh ravi sachin sandeep sanjeev santosh satish
    shashi subhash sudhir tarun uddhav vikram vinod virat yogesh rajnath piyush jairam mallikarjun shivraj
    siddaramaiah chandrababu jagan revanth devendra eknath ajit sharad mohan manmohan bhagwant
    imran nawaz shehbaz asif bilawal fawad tariq zulfikar pervez asim qamar hamid saeed javed faisal
    zubair wasim shoaib babar mujibur ziaur tarique mahinda gotabaya ranil maithripala sajith anura amitabh
    salman aamir hrithik ranveer ranbir akshay saurav sourav rohit mahendra sunil
 """
    # Arabic, Persian and Muslim names across regions
    """
    abdullah abdulaziz abdelaziz abdel ahmad amr anas ayman bashar fahd farouk fawzi hamad hamza hani
    haitham hassan hussein hussain husain ismail jamal karim khaled mahmoud majid marwan mustafa mostafa
    nabil nasser osama rami saad salah salim sami samir tamim tarek walid yasser yousef youssef
    ziad mansour hosni anwar gamal nizar riad rafik rashid emad ehab adel adil wael tamer
    sherif hisham ashraf bassem fadi ghassan hazem imad issa jaber kamal khalil lotfi moncef munir naguib
    nabih nouri qasim qassem raed saleh tawfik yahya zaki ebrahim javad mohsen hossein reza abbas akbar
    mehdi mojtaba masoud kazem hamed babak behrouz dariush farhad jamshid kourosh nader ramin shahram
    mahmud abdulrahman abdelrahman abdallah mahathir najib muhyiddin azmin
 """
    # East and South-East Asian given names written first
    """
    shinzo fumio yoshihide junichiro taro shigeru hiroshi takeshi kenji koji haruki hideki ichiro kazuo
    kenichi masahiro masayoshi naoki nobuo osamu ryota satoshi shinji shohei takashi tetsuya yasuo yoshiro
    yoshiki yukio yuto daisuke katsuya seiji tadashi hiroki kazuki kentaro shinjiro toshimitsu yoshimasa
    joko prabowo susilo jusuf anies ganjar prayut prayuth thaksin srettha abhisit anutin ferdinand
    bongbong benigno manny rodrigo
 """
)
"""First names of men."""
