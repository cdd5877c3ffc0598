package io.sportello.demo;

import io.sportello.ticket.Category;
import java.util.List;
import java.util.Map;

/**
 * Realistic Italian customer messages per category, after the e-commerce customer-care practice the
 * product serves (orders, shipping times, returns, payments, accounts, fraud). {@code %s} is an order number.
 */
final class DemoTexts {

    record Text(String subject, String body) {
    }

    static final Map<Category, List<Text>> BY_CATEGORY = Map.of(
            Category.ORDER_STATUS, List.of(
                    new Text("Dov'è il mio ordine %s?", "Buongiorno, ho effettuato l'ordine %s diversi giorni fa e non ho ancora ricevuto notizie. Potete dirmi a che punto è?"),
                    new Text("Stato ordine %s", "Salve, vorrei sapere quando verrà consegnato l'ordine %s. Grazie."),
                    new Text("Ordine %s non ancora arrivato", "Il mio ordine %s doveva arrivare ieri ma non si è visto nessuno. Mi aiutate?")),
            Category.SHIPPING, List.of(
                    new Text("Tempi di spedizione verso la Sardegna", "Buongiorno, quanto tempo ci vuole per una consegna a Cagliari? Ci sono costi aggiuntivi per le isole?"),
                    new Text("Pacco danneggiato alla consegna", "Il corriere mi ha consegnato il pacco dell'ordine %s con la scatola rotta. Cosa devo fare?"),
                    new Text("Cambio indirizzo di consegna", "Posso cambiare l'indirizzo di consegna dell'ordine %s? Sarò in ufficio tutta la settimana.")),
            Category.RETURN, List.of(
                    new Text("Reso taglia sbagliata", "Ho ricevuto le scarpe dell'ordine %s ma la taglia è piccola. Come faccio il reso o il cambio?"),
                    new Text("Rimborso reso non ancora ricevuto", "Ho restituito l'articolo dell'ordine %s due settimane fa e non ho ancora visto il rimborso."),
                    new Text("Procedura di reso", "Vorrei restituire un articolo dell'ordine %s. Entro quanti giorni posso farlo e chi paga la spedizione?")),
            Category.PAYMENT, List.of(
                    new Text("Pagamento addebitato due volte", "Sulla carta mi risultano due addebiti per l'ordine %s. Potete verificare e rimborsare quello in più?"),
                    new Text("Errore al pagamento con PayPal", "Provo a pagare con PayPal ma ricevo sempre un errore e l'ordine non si conclude."),
                    new Text("Bonifico non registrato", "Ho pagato l'ordine %s con bonifico tre giorni fa ma risulta ancora in attesa di pagamento.")),
            Category.TECHNICAL, List.of(
                    new Text("Il carrello si svuota da solo", "Quando aggiungo prodotti al carrello dal telefono, dopo pochi minuti il carrello è di nuovo vuoto."),
                    new Text("Codice sconto non funziona", "Il codice sconto BLACKFRIDAY non viene accettato al checkout, dice che non è valido."),
                    new Text("App si chiude all'avvio", "Da ieri l'app si chiude appena la apro, ho già provato a reinstallarla.")),
            Category.ACCOUNT, List.of(
                    new Text("Non riesco ad accedere al mio account", "Il link per reimpostare la password non arriva. Come posso entrare nel mio account?"),
                    new Text("Cancellazione account e dati", "Vorrei cancellare il mio account e tutti i miei dati personali, come previsto dal GDPR."),
                    new Text("Modifica email dell'account", "Ho cambiato indirizzo email, come posso aggiornarlo nel mio profilo?")),
            Category.FRAUD, List.of(
                    new Text("Ordine che non ho fatto", "Mi è arrivata la conferma dell'ordine %s ma non l'ho fatto io! Qualcuno ha usato il mio account?"),
                    new Text("Addebito sospetto sulla carta", "Vedo un addebito del vostro negozio che non riconosco. Temo una frode, bloccate tutto per favore.")),
            Category.PRODUCT, List.of(
                    new Text("Disponibilità taglia M", "La giacca in offerta tornerà disponibile in taglia M prima di Natale?"),
                    new Text("Informazioni sul prodotto", "Il frullatore è compatibile con le prese inglesi? Lo vorrei regalare a mia sorella a Londra."),
                    new Text("Garanzia prodotto", "Quanto dura la garanzia sul robot aspirapolvere e come funziona l'assistenza?")),
            Category.OTHER, List.of(
                    new Text("Fattura per l'ordine %s", "Avrei bisogno della fattura intestata alla mia azienda per l'ordine %s."),
                    new Text("Collaborazione commerciale", "Siamo un'azienda di logistica e vorremmo proporvi una collaborazione.")));

    static final List<String> AGENT_REPLIES = List.of(
            "Buongiorno, grazie per averci scritto. Ho verificato la sua richiesta e me ne occupo subito.",
            "Gentile cliente, ho controllato i dati del suo ordine: le confermo che stiamo verificando con il magazzino.",
            "Grazie per la pazienza. Le scrivo appena ho un aggiornamento dal reparto competente.");

    static final List<String> CUSTOMER_FOLLOW_UPS = List.of(
            "Grazie, aspetto vostre notizie.", "Ecco le informazioni che mi avete chiesto, fatemi sapere.",
            "Ho provato come mi avete detto ma il problema resta.", "Vorrei parlare con un operatore, per favore.");

    /** What visitors type into the help centre's search (the last ones find nothing: the next FAQs to write). */
    static final List<String> HELP_SEARCHES_IT = List.of("quanto tempo ho per fare un reso", "reso gratuito",
            "dov'è il mio ordine", "tempi di spedizione", "spedizione in sardegna", "costo spedizione",
            "pagare con paypal", "pagamento rifiutato", "rimborso quando arriva", "cambio taglia", "guida taglie scarpe",
            "garanzia cuffie", "pacco danneggiato", "fattura", "modificare indirizzo", "annullare ordine",
            "codice sconto newsletter", "pacco in giacenza", "buono regalo", "carta regalo", "ritiro in negozio",
            "consegna al piano", "klarna", "spedizione in svizzera");
    static final List<String> HELP_SEARCHES_EN = List.of("how long to return", "where is my order", "shipping cost",
            "pay with paypal", "refund time", "size guide sneakers", "warranty", "gift card", "ship to switzerland",
            "student discount");

    static final List<String> FIRST_NAMES = List.of("Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Sara",
            "Matteo", "Valentina", "Andrea", "Martina", "Lorenzo", "Elisa", "Davide", "Federica", "Simone", "Alessia",
            "Gabriele", "Silvia", "Riccardo", "Laura", "Stefano", "Paola", "Roberto", "Emma", "Tommaso", "Anna", "Giorgio");

    static final List<String> LAST_NAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
            "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
            "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli");

    static final List<String> CARRIERS = List.of("BRT", "GLS", "Poste Italiane", "SDA", "DHL");

    private DemoTexts() {
    }
}
