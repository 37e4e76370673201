"""First names borne, in English-language news, almost always by women: data for `first_names.py`.

Written from general knowledge, grouped by the regions English-language news reports on. A name goes
in only if it is rarely a man's and rarely an everyday English word, month or place standing before
another capitalised word ("April", "June", "Hope", "Faith", "Carolina", "Regina" are left out); names
borne by either gender are in `either_first_names.py`. Accented spellings are listed beside the plain ones.
"""

from __future__ import annotations

from quizapp.draft.lexicon import word_set

WOMEN_FIRST_NAMES = word_set(
    # English-speaking countries
    """
    abby adrienne aileen alana alexa alisha alyssa angie annabel annette antoinette arlene audrey ava becky
    belinda bernadette beth bethany betsy bonnie brianna brooke caitlin camilla candice cara carly
    carrie cecilia celia charlene cherie christina cindy connie constance danielle darlene deanna debra
    delia della dolly doreen doris edith edna elise ella ellie eloise elsie emilia erica erika erin estelle
    ethel eunice evelyn felicity flora georgina geraldine gina ginny gladys glenda gwen gwendolyn harriet
    heidi hillary ida imogen iris isla isobel janice jeanette jeanne jemima jenna jenny jocelyn josie
    juliet justine kara kathy kayla kellie kendra kimberly kristen kristina kristin lara leanne lena lillian
    lily lizzie lois lola loretta lorna louisa lucinda lynda lynne mabel madeleine madeline maggie marcia
    margot marian marianne marilyn marjorie marsha maxine meghan melinda mia mildred millie moira nora
    paige pauline peggy penelope phoebe phyllis polly priscilla rachael rebekah renee renée rhonda roberta
    robyn rosalind rosie roxanne sabrina sadie sara serena sheryl shona sienna sonia sonya stacey
    susie sybil tamara tammy tania tatiana tracey trudy veronica vicki viola violet vivienne wanda wilma
    winifred zara zelda zoë nikki liz meg bev kirsten lesley sue hayley kayleigh chelsey alison
    allison annie jacquelyn jolene kerri kristy lacey leila lindsey mariah meryl nadine natasha nichola
    rebeca shelley tiffany tori yasmin yasmine suella gretchen ketanji ilhan rashida ayanna tulsi cori pramila
    jacinta chrystia
    """
    # Irish, Scottish and Welsh
    """
    aoife niamh sinead sinéad roisin róisín caoimhe grainne gráinne orla orlaith saoirse ciara mairead
    máiread aisling clodagh deirdre maeve bronagh eimear emer fionnuala mhairi morag catriona kirsteen
    cerys sian siân bethan ffion eluned nia rhiannon angharad carys elin lowri manon
    """
    # French, German, Dutch and Scandinavian
    """
    ségolène segolene brigitte sylvie nathalie isabelle valérie sandrine céline celine amélie amelie
    elisabeth élisabeth agnès agnes mathilde margaux chantal geneviève genevieve juliette aurélie aurelie
    delphine hélène helene monique pascale laetitia anne-marie marie-claire marie-france marie-christine
    annalena katrin petra sabine birgit heike silke anke ulrike renate franziska svenja saskia christa
    gisela hannelore annegret sanna magdalena mette erna helle astrid karin greta annika frida sigrid
    linnea kaja ylva liesbeth marieke femke ingeborg hedwig gudrun dagmar
    """
    # Italian, Spanish and Portuguese, Latin American
    """
    giorgia elly giulia francesca chiara federica alessandra silvia elisa soraya begoña begona inés ines
    gabriela fernanda mariana daniela valentina camila sofía lucia lucía adriana alejandra beatriz
    catalina dolores esperanza juana leticia luisa marta paola pilar rocío rocio verónica ximena yolanda
    xiomara delcy graciela dilma cristina marielle tereza giovanna antonella rafaela luciana florencia
    """
    # Central and Eastern European, Greek, Turkish
    """
    beata agnieszka małgorzata malgorzata katarzyna ewa yulia yuliia tatiana tatyana svetlana olena irina
    ekaterina yekaterina lyudmila natalia natalya oksana galina ksenia alina nadezhda katalin judit eleni
    katerina ayse ayşe fatma zeynep elif emine meral tansu jelena ivana milena snežana snezana ana-maria
    mariya daria darya anastasiya viktoria kateryna iryna halyna liudmyla zuzana kristina
    """
    # West, East and Southern Africa
    """
    ngozi chioma adaeze chiamaka nkechi amaka ifeoma nneka chinwe funmi funmilayo folake yetunde bukola
    kemi bisi hadiza zainab amina hauwa halima maryam binta aisha wanjiku wambui wanjiru njeri nyambura
    akinyi achieng atieno adhiambo wairimu wangari wangui nyokabi muthoni chebet jepkosgei jepchirchir
    ama akosua adwoa abena akua yaa afua afia efua esi lindiwe nomvula thandeka thandi nomsa zanele
    nokuthula naledi palesa nomzamo winnie busisiwe nosiviwe zodwa khanyisile samia
    oby obiageli ifeyinwa adaora chimamanda ngozika dorcas
    """
    # South Asian
    """
    mamata priyanka smriti nirmala sushma mayawati jayalalithaa kavita pooja neha deepika aishwarya shilpa
    shreya swati meena rekha geeta gita asha usha radha savitri indira pratibha sushila kamala lata
    nandini divya ananya benazir malala hina sana ayesha farah nusrat bushra shazia hasina khaleda
    chandrika madhuri kareena alia anushka sonam vidya shabana mahira sania
    """
    # Arabic, Persian and Muslim names across regions
    """
    fatemeh zahra narges nasrin shirin parisa mahsa neda roya azadeh nazanin samira rania hanan huda amal
    dalia dina salma mona reem lina maha manal suha zeinab khadija asma latifa lubna haifa hala ghada
    nawal souad iman abeer rasha samar sahar hiba heba layla leyla rosmah
    """
    # East and South-East Asian given names written first
    """
    sanae yuriko yoko keiko akiko kyoko michiko naoko masako mariko noriko sachiko tomoko yumiko hiroko
    emiko megumi ayumi haruka misaki aiko mayumi kaori megawati yingluck paetongtarn leni imelda corazon
    """
)
"""First names of women."""
